package dev.musicbot.api.storage;

import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The entry as a track the engine can load directly, when its query is a link; search text must be
     * resolved again through a {@link dev.musicbot.api.source.TrackLoader}.
     *
     * @return the track, or empty for search text
     */
    public Optional<Track> directTrack() {
        return new TrackQuery(query).url().map(url -> new Track(info, new PlaybackRef.Engine(query), "playlist"));
    }
}
