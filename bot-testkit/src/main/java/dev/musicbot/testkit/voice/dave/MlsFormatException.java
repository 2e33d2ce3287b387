package dev.musicbot.testkit.voice.dave;

/** An MLS structure that does not parse: truncated, a bad length header, or an unexpected value. */
public final class MlsFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MlsFormatException(String message) {
        super(message);
    }
}
