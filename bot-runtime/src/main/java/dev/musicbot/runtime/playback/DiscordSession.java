package dev.musicbot.runtime.playback;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One Discord session (one gateway connection) as the players need it: which guilds it sees, a guild's voice
 * connection, and where notices are posted. The port through which playback reaches Discord, implemented by the
 * Discord bridge; two sessions are equal when they are the same connection.
 */
public interface DiscordSession {
    /** Whether the bot is in the guild and the guild is available now. */
    boolean hasGuild(GuildId guild);

    /**
     * A guild's voice connection.
     *
     * @param frames counts the frames sent there
     * @param refusal why the bot may not join voice at all, if it may not
     */
    VoiceLink voice(GuildId guild, PlayerSendHandler.FrameCounter frames, Supplier<Optional<Text>> refusal);

    /** A new announcer for this session's channels (asked once per session). */
    Announcer announcer();
}
