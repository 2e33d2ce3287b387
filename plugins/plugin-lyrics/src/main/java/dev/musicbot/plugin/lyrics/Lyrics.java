package dev.musicbot.plugin.lyrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One song's lyrics as LRCLIB has them.
 *
 * @param id LRCLIB's record id (page buttons name it)
 * @param title the song title
 * @param artist the artist
 * @param length the song's length
 * @param instrumental whether the song has no words
 * @param plain the unsynced words, empty when there are none
 * @param synced the timed lines, empty when there are none
 */
record Lyrics(
        long id,
        String title,
        String artist,
        Duration length,
        boolean instrumental,
        String plain,
        List<LrcLine> synced) {
    Lyrics {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(plain, "plain");
        synced = List.copyOf(synced);
    }

    boolean hasSynced() {
        return !synced.isEmpty();
    }

    /** Whether there is anything to show. */
    boolean hasWords() {
        return !plain.isBlank() || hasSynced();
    }

    /** The words to read: the plain lyrics, or the synced ones without their timestamps. */
    String text() {
        return plain.isBlank() ? Lrc.text(synced) : plain.strip();
    }

    /** "Artist – Title", or the title alone. */
    String heading() {
        return artist.isBlank() ? title : artist + " – " + title;
    }
}
