package dev.musicbot.plugin.lyrics;

/** The outcome of a lyrics lookup. */
sealed interface Lookup {
    /** Lyrics were found. */
    record Found(Lyrics lyrics) implements Lookup {}

    /** The service knows no such song. */
    record NotFound(SongQuery song) implements Lookup {}

    /** The service did not answer in time ({@code timedOut}) or failed. */
    record Unavailable(boolean timedOut) implements Lookup {}
}
