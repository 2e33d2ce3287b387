package dev.musicbot.api.storage;

import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One song of a stored playlist: what the user typed (re-resolved at play time, since stream URLs expire) and
 * what it resolved to when it was added.
 *
 * @param query the input to resolve again when the playlist plays
 * @param info the track as it resolved when added
 */
public record PlaylistEntry(String query, TrackInfo info) {
    private static final Pattern PREFIXED_LINK = Pattern.compile("[a-z][a-z0-9-]*:https?://\\S+");

    /** Validates the fields. */
    public PlaylistEntry {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(info, "info");
        if (query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
    }

    /**
     * The entry as a track the engine can load directly, when its query is an engine identifier: a link, or a
     * link behind a source's prefix ({@code youtube:https://...}, as the yt-dlp based sources write them).
     * Anything else (search text, {@code spotify-mirror:<id>}) must be resolved again through a
     * {@link dev.musicbot.api.source.TrackLoader}.
     *
     * @return the track, or empty when the query must be resolved again
     */
    public Optional<Track> directTrack() {
        boolean engineIdentifier = new TrackQuery(query).url().isPresent()
                || PREFIXED_LINK.matcher(query).matches();
        return engineIdentifier
                ? Optional.of(new Track(info, new PlaybackRef.Engine(query), "playlist"))
                : Optional.empty();
    }
}
