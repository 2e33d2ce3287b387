package dev.musicbot.api.playback;

import dev.musicbot.api.Incubating;
import dev.musicbot.api.Spi;
import dev.musicbot.api.track.Track;
import java.util.List;
import java.util.Set;

/**
 * Extension point. Tells the runtime which stretches of a track to skip (sponsors, a music video's non-music
 * part), typically from a crowd-sourced database such as SponsorBlock; the runtime does the skipping.
 *
 * <p><b>Called by:</b> the runtime's player of a guild that skips segments, for each track it is about to play;
 * the first provider that {@link #accepts} the track is asked.
 *
 * <p><b>When:</b> as the track starts loading, so that the answer is there before its first frame is sent; the
 * runtime holds that first frame back for a fraction of a second at most while waiting, then plays on and applies
 * a late answer from then on.
 *
 * <p><b>Thread:</b> {@link #accepts} on the caller's thread: pure and fast, no I/O. {@link #segments} on a
 * virtual thread of its own; it may block on I/O but should give up within a few seconds.
 *
 * <p><b>Not mine:</b> {@link #accepts} returns false for tracks of other sources; {@link #segments} returns an
 * empty list when the track has no segments of those categories.
 *
 * <p><b>Errors:</b> a failure (the service is down, slow or answers nonsense) must never stop playback: return an
 * empty list, or throw, which the runtime logs at debug level and treats as no segments. Nothing is shown to users.
 */
@Incubating
@Spi(cardinality = Spi.Cardinality.MANY)
public interface SegmentProvider {

    /**
     * A stable, lower-kebab-case id, for logs (for example {@code "sponsorblock"}).
     *
     * @return the id
     */
    String id();

    /**
     * Whether this provider knows about the track's source (pure, no I/O).
     *
     * @param track the track about to play
     * @return true if {@link #segments} should be asked
     */
    boolean accepts(Track track);

    /**
     * The stretches of the track to skip, in any order, possibly overlapping (the runtime merges them).
     *
     * @param track the track about to play, one that {@link #accepts} accepted
     * @param categories the kinds the guild skips, never empty
     * @return the segments of those categories, possibly empty
     */
    List<SkipSegment> segments(Track track, Set<SegmentCategory> categories);
}
