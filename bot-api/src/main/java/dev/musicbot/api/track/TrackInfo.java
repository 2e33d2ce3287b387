package dev.musicbot.api.track;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a listener sees of a track.
 *
 * @param title the title, never blank
 * @param author the artist, channel or uploader; empty when unknown
 * @param length the duration, or {@link Duration#ZERO} for a stream of unknown length
 * @param uri the page a user can open (not a stream URL), or {@code null}
 * @param artworkUrl a thumbnail, or {@code null}
 * @param isrc the International Standard Recording Code, or {@code null}
 */
public record TrackInfo(
        String title,
        String author,
        Duration length,
        @Nullable String uri,
        @Nullable String artworkUrl,
        @Nullable String isrc) {

    /** Validates the fields. */
    public TrackInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(length, "length");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (length.isNegative()) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
    }

    /**
     * A track known only by its title and length.
     *
     * @param title the title
     * @param length the duration
     * @return the info
     */
    public static TrackInfo of(String title, Duration length) {
        return new TrackInfo(title, "", length, null, null, null);
    }

    /**
     * Whether this is a live stream or otherwise of unknown length.
     *
     * @return true if the length is unknown
     */
    public boolean isStream() {
        return length.isZero();
    }

    /**
     * The page a user can open.
     *
     * @return the page URI, if known
     */
    public Optional<String> page() {
        return Optional.ofNullable(uri);
    }
}
