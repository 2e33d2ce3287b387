package dev.musicbot.api.playback;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Spi;
import dev.musicbot.api.track.Track;

/**
 * Extension point. Observes tracks starting and ending in any guild.
 *
 * <p><b>Called by:</b> the runtime's player, for every guild.
 *
 * <p><b>When:</b> right after a track starts, and right after it ends for whatever reason.
 *
 * <p><b>Thread:</b> a virtual thread per event; may block, but events for one guild are delivered in order,
 * so a slow listener delays that guild's later events (never the audio).
 *
 * <p><b>Not mine:</b> ignore events you do not care about; both methods default to doing nothing.
 *
 * <p><b>Errors:</b> exceptions are logged and otherwise ignored.
 */
@Spi(cardinality = Spi.Cardinality.MANY)
public interface PlaybackListener {

    /**
     * A track started playing.
     *
     * @param guild the guild
     * @param track the track
     */
    default void onTrackStart(GuildId guild, Track track) {}

    /**
     * A track stopped playing.
     *
     * @param guild the guild
     * @param track the track
     * @param reason why it stopped
     */
    default void onTrackEnd(GuildId guild, Track track, TrackEndReason reason) {}
}
