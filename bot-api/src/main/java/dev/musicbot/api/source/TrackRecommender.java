package dev.musicbot.api.source;

import dev.musicbot.api.Spi;
import dev.musicbot.api.track.Track;
import java.util.List;

/**
 * Extension point. Suggests tracks related to one that just played, for autoplay (the radio that keeps a guild's
 * music going when its queue runs out).
 *
 * <p><b>Called by:</b> the runtime's autoplay service, which asks every registered recommender in order of
 * {@link #priority()} (then {@link #id()}) whether it {@link #accepts} the last track, and asks the first that
 * does for {@link #related} tracks. Typically a source plugin recommends for its own tracks only.
 *
 * <p><b>When:</b> when a guild with autoplay on finishes its last queued track while members are listening.
 *
 * <p><b>Thread:</b> {@link #accepts} is called on any thread and must be pure and fast (no I/O).
 * {@link #related} runs on a virtual thread of the runtime, never on an audio or gateway thread, and may block on
 * I/O; the runtime stops waiting after a bounded time (and interrupts the thread), so a slow answer is the same
 * as none.
 *
 * <p><b>Not mine:</b> return {@code false} from {@link #accepts}. Once accepted, finding nothing returns an empty
 * list, never {@code null}.
 *
 * <p><b>Errors:</b> throw a {@link dev.musicbot.api.UserFacingException} (or any exception); the runtime logs it
 * and falls back to the guild's own history, it never stops playback or tells a user.
 */
@Spi(cardinality = Spi.Cardinality.MANY)
public interface TrackRecommender {

    /**
     * A stable, lower-kebab-case id, unique among recommenders (for example {@code "youtube"}).
     *
     * @return the id
     */
    String id();

    /**
     * Whether this recommender can suggest tracks related to {@code seed}. Pure and fast.
     *
     * @param seed the track that just played
     * @return true if {@link #related} should be called with it
     */
    boolean accepts(Track seed);

    /**
     * Tracks related to an accepted seed, best first. May block. The list may contain the seed itself or tracks
     * that played recently; the runtime leaves those out, so ask for a few more than {@code limit} if that helps.
     *
     * @param seed the track that just played, already accepted
     * @param limit how many tracks the runtime wants at most, at least 1
     * @return up to about {@code limit} tracks, possibly empty, never {@code null}
     */
    List<Track> related(Track seed, int limit);

    /**
     * Ordering among recommenders that accept the same seed; higher is asked first.
     *
     * @return the priority, 0 by default
     */
    default int priority() {
        return 0;
    }
}
