package dev.musicbot.api.playback;

import dev.musicbot.api.UserId;
import dev.musicbot.api.track.Track;
import java.util.Objects;

/**
 * A track in a guild's queue, with who asked for it.
 *
 * @param track the track
 * @param requester the member who queued it
 */
public record QueuedTrack(Track track, UserId requester) {

    /**
     * The requester of the tracks that autoplay queued: no Discord user has this id (real snowflakes are far
     * larger), so it is shown as "autoplay" rather than as a member.
     */
    public static final UserId AUTOPLAY = new UserId(1);

    /** Validates the fields. */
    public QueuedTrack {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(requester, "requester");
    }

    /**
     * Whether autoplay queued this track rather than a member.
     *
     * @return true if its requester is {@link #AUTOPLAY}
     */
    public boolean byAutoplay() {
        return requester.equals(AUTOPLAY);
    }
}
