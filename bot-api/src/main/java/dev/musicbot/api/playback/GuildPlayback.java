package dev.musicbot.api.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.Incubating;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.api.track.Track;
import java.time.Duration;
import java.util.List;
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
     * @throws dev.musicbot.api.UserFacingException if the queue is full or the requester has too many queued
     */
    int enqueue(Track track, UserId requester);

    /**
     * Adds a track at a place in the queue (1 plays next) and starts playing if idle.
     *
     * @param track the track
     * @param requester who asked for it
     * @param position the 1-based queue position it should take; past the end means at the end
     * @return the track's position: 0 if it starts now, otherwise its 1-based place in the queue
     * @throws dev.musicbot.api.UserFacingException if the queue is full or the requester has too many queued
     */
    default int enqueueAt(Track track, UserId requester, int position) {
        throw unavailable("unavailable.queue-at");
    }

    /**
     * The track playing now.
     *
     * @return the current track, or empty when idle
     */
    Optional<QueuedTrack> current();

    /**
     * The tracks after the current one, in order (position 1 first).
     *
     * @return the queue
     */
    List<QueuedTrack> queue();

    /**
     * The tracks that played before the current one, oldest first.
     *
     * @return the history
     */
    List<QueuedTrack> history();

    /**
     * How far into the current track playback is.
     *
     * @return the position, or zero when idle
     */
    Duration position();

    /**
     * Whether playback is paused.
     *
     * @return true if paused
     */
    boolean isPaused();

    /**
     * Pauses or resumes.
     *
     * @param paused true to pause
     */
    void setPaused(boolean paused);

    /**
     * Skips the current track (even when repeating it).
     *
     * @return the track that plays now, or empty if the queue was empty
     */
    Optional<QueuedTrack> skip();

    /**
     * Skips to a 1-based queue position.
     *
     * @param position the position
     * @return the track that plays now, or empty if there is no such position
     */
    Optional<QueuedTrack> skipTo(int position);

    /**
     * Plays the previous track again; the current one becomes next.
     *
     * @return the track that plays now, or empty if there is no history
     */
    Optional<QueuedTrack> previous();

    /** Stops playback and clears the queue; stays connected. */
    void stop();

    /**
     * The volume, 0 to 100.
     *
     * @return the volume
     */
    int volume();

    /**
     * Sets the volume.
     *
     * @param volume 0 to 100
     */
    void setVolume(int volume);

    /**
     * The repeat mode.
     *
     * @return the mode
     */
    RepeatMode repeat();

    /**
     * Sets the repeat mode.
     *
     * @param mode the mode
     */
    void setRepeat(RepeatMode mode);

    /**
     * Whether the bot stays in voice in this guild when alone or idle (24/7 mode).
     *
     * @return true if it stays
     */
    boolean stayConnected();

    /**
     * Turns this guild's 24/7 mode on or off (kept across restarts).
     *
     * @param stay true to stay
     */
    void setStayConnected(boolean stay);

    /** Shuffles the queue (not the current track). */
    void shuffle();

    /**
     * Jumps within the current track.
     *
     * @param position where to go
     * @throws dev.musicbot.api.UserFacingException if nothing plays or the track cannot seek (a live stream)
     */
    void seek(Duration position);

    /**
     * Removes a track from the queue.
     *
     * @param position its 1-based position
     * @return the removed track, or empty if there is no such position
     */
    Optional<QueuedTrack> remove(int position);

    /**
     * Moves a track within the queue.
     *
     * @param from its 1-based position
     * @param to its new 1-based position
     * @return false if either position does not exist
     */
    boolean move(int from, int to);

    /**
     * Empties the queue; the current track plays on.
     *
     * @return how many tracks were removed
     */
    int clear();

    /**
     * The effects applied to what plays.
     *
     * @return the filters, {@link AudioFilters#NONE} when there are none
     */
    default AudioFilters filters() {
        return AudioFilters.NONE;
    }

    /**
     * Changes the effects; they apply within a fraction of a second, also to the track playing now, and are kept
     * across restarts. {@link AudioFilters#NONE} turns them off.
     *
     * @param filters the new filters
     * @throws dev.musicbot.api.UserFacingException if this player cannot apply filters
     */
    default void setFilters(AudioFilters filters) {
        throw unavailable("unavailable.filters");
    }

    /**
     * Whether each track's loudness is normalised (measured from its first seconds, then brought to a common
     * target with a peak limiter).
     *
     * @return true if normalising
     */
    default boolean normalizing() {
        return false;
    }

    /**
     * Turns loudness normalisation on or off, within a second (the track playing is measured from then on);
     * kept across restarts.
     *
     * @param normalize true to normalise
     * @throws dev.musicbot.api.UserFacingException if this player cannot normalise
     */
    default void setNormalizing(boolean normalize) {
        throw unavailable("unavailable.normalize");
    }

    /**
     * Whether autoplay is on: when the queue runs out (the last track ended, nothing is queued, repeat is off)
     * and members are listening, related tracks are queued by themselves, requested by
     * {@link QueuedTrack#AUTOPLAY}.
     *
     * @return true if autoplay is on
     */
    default boolean autoplay() {
        return false;
    }

    /**
     * Turns autoplay on or off; kept across restarts.
     *
     * @param autoplay true for on
     * @throws dev.musicbot.api.UserFacingException if this player cannot autoplay
     */
    default void setAutoplay(boolean autoplay) {
        throw unavailable("unavailable.autoplay");
    }

    /**
     * Which segments of tracks are skipped (sponsors, a music video's non-music part), as told by the registered
     * {@link SegmentProvider}s.
     *
     * @return the choice ({@link SegmentSkipping#DEFAULT} unless a DJ changed it); off where not supported
     */
    default SegmentSkipping segmentSkipping() {
        return new SegmentSkipping(false, java.util.Set.of());
    }

    /**
     * Changes which segments are skipped, from the track playing now on; kept across restarts.
     *
     * @param skipping the new choice
     * @throws dev.musicbot.api.UserFacingException if this player cannot skip segments
     */
    default void setSegmentSkipping(SegmentSkipping skipping) {
        throw unavailable("unavailable.segments");
    }

    /** A refusal of a default method: the feature is not available on this player. */
    private static UserFacingException unavailable(String key) {
        return new UserFacingException(MessageBundle.of(GuildPlayback.class).key(key), Severity.COMMON);
    }
}
