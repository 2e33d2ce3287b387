package dev.musicbot.runtime.command;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.playback.QueuedTrack;

/** What the playback commands share: their preconditions and the "nothing is playing" check. */
final class Controls {
    /** The largest queue position (playback.max-queue-length's upper bound), declared as the options' range. */
    static final int MAX_POSITION = 10_000;

    private Controls() {}

    /** A command that controls playback: the bot is in voice and the caller is with it. */
    static CommandSpec control(String name, String description) {
        return CommandSpec.of(name, description).requiring(Precondition.BOT_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);
    }

    /** Like {@link #control}, and only for DJs (or a caller alone with the bot). */
    static CommandSpec djControl(String name, String description) {
        return CommandSpec.of(name, description)
                .requiring(Precondition.BOT_IN_VOICE, Precondition.SAME_VOICE_CHANNEL, Precondition.DJ);
    }

    static QueuedTrack playing(CommandContext ctx) {
        return ctx.playback()
                .current()
                .orElseThrow(() -> new UserFacingException(RuntimeMessages.text("playing.nothing"), Severity.COMMON));
    }

    /** Whether the caller may act on a track: a DJ, or the member who queued it. */
    static boolean owns(CommandContext ctx, QueuedTrack track) {
        return ctx.callerIsDj() || track.requester().equals(ctx.caller());
    }
}
