package dev.musicbot.runtime.discord;

import java.util.Locale;
import net.dv8tion.jda.api.JDA;

/**
 * One gateway shard of this process as the operations side sees it, without JDA's types.
 *
 * @param id the shard id
 * @param status JDA's name for the state of its session, for example {@code WAITING_TO_RECONNECT}
 * @param phase what that state means for the bot
 * @param pingMillis the last heartbeat's round trip, or -1 before the first
 * @param guilds the guilds it has
 */
public record ShardStatus(int id, String status, Phase phase, long pingMillis, long guilds) {
    /** Where a shard's session is. */
    public enum Phase {
        /** Connected: events arrive and commands are answered. */
        CONNECTED,
        /** On its way to connecting, or back after a drop: it will be connected again by itself. */
        CONNECTING,
        /** Shut down, or the login was refused: it will not come back without a restart. */
        ENDED
    }

    static ShardStatus of(JDA jda) {
        return of(
                jda.getShardInfo().getShardId(),
                jda.getStatus(),
                jda.getGatewayPing(),
                jda.getGuildCache().size());
    }

    static ShardStatus of(int id, JDA.Status status, long pingMillis, long guilds) {
        return new ShardStatus(id, status.name(), phaseOf(status), pingMillis, guilds);
    }

    static Phase phaseOf(JDA.Status status) {
        return switch (status) {
            case CONNECTED -> Phase.CONNECTED;
            case SHUTTING_DOWN, SHUTDOWN, FAILED_TO_LOGIN -> Phase.ENDED;
            default -> Phase.CONNECTING;
        };
    }

    /** Whether the shard is connected now. */
    public boolean connected() {
        return phase == Phase.CONNECTED;
    }

    /** The state in words, for example "waiting to reconnect". */
    public String describe() {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
