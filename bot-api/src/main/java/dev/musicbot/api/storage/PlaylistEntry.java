package dev.musicbot.api.storage;

import dev.musicbot.api.track.TrackInfo;
import java.util.Objects;

/**
 * One song of a stored playlist: what the user typed (re-resolved at play time, since stream URLs expire) and
 * what it resolved to when it was added.
 *
 * @param query the input to resolve again when the playlist plays
 * @param info the track as it resolved when added
 */
public record PlaylistEntry(String query, TrackInfo info) {

    /** Validates the fields. */
    public PlaylistEntry {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(info, "info");
        if (query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
    }
}
