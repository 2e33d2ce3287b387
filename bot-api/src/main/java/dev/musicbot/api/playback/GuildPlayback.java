package dev.musicbot.api.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Incubating;
import dev.musicbot.api.UserId;
import dev.musicbot.api.track.Track;
import java.util.Optional;

/**
 * One guild's player, offered by the runtime to commands. Methods may block briefly (a voice join waits for
 * Discord) and throw {@link dev.musicbot.api.UserFacingException} with a user-facing reason.
 */
@Incubating
public interface GuildPlayback {

    /**
     * The guild this player belongs to.
     *
     * @return the guild
     */
    GuildId guild();

    /**
     * The voice channel the bot is connected (or connecting) to.
     *
     * @return the channel, or empty when not in voice
     */
    Optional<ChannelId> voiceChannel();

    /**
     * Joins (or moves to) a voice channel.
     *
     * @param channel the channel
     * @throws dev.musicbot.api.UserFacingException if the bot may not connect or speak there
     */
    void join(ChannelId channel);

    /** Stops playback, clears the queue and leaves voice. Does nothing when not connected. */
    void leave();

    /**
     * Adds a track to the end of the queue and starts playing if idle.
     *
     * @param track the track
     * @param requester who asked for it
     * @return the track's position: 0 if it starts now, otherwise its 1-based place in the queue
     */
    int enqueue(Track track, UserId requester);

    /**
     * The track playing now.
     *
     * @return the current track, or empty when idle
     */
    Optional<QueuedTrack> current();
}
