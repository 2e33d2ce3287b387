package dev.musicbot.plugin.lyrics;

import java.io.Serial;

/** The lyrics service did not answer in time, or answered with an error. */
final class LyricsUnavailableException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    LyricsUnavailableException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    LyricsUnavailableException(String message) {
        super(message);
        this.timedOut = false;
    }

    boolean timedOut() {
        return timedOut;
    }
}
