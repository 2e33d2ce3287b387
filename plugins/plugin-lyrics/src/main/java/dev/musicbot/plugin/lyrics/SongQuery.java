package dev.musicbot.plugin.lyrics;

import java.util.Locale;
import java.util.Objects;

/**
 * The song to look up: a title and, when known, an artist, both cleaned of video-title noise.
 *
 * @param title the song title, never blank
 * @param artist the artist, empty when unknown
 */
record SongQuery(String title, String artist) {
    SongQuery {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(artist, "artist");
    }

    /** A lower-case key for caches: artist and title with punctuation and spaces folded. */
    String key() {
        return fold(artist) + "|" + fold(title);
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
