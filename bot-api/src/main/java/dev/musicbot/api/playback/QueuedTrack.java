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

    /** Validates the fields. */
    public QueuedTrack {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(requester, "requester");
    }
}
