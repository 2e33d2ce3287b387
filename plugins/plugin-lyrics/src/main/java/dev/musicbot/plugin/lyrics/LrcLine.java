package dev.musicbot.plugin.lyrics;

import java.time.Duration;
import java.util.Objects;

/**
 * One timed line of synced (LRC) lyrics.
 *
 * @param at when the line starts, from the start of the song
 * @param text the words, empty for an instrumental gap
 */
public record LrcLine(Duration at, String text) {
    /** Validates the fields. */
    public LrcLine {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
