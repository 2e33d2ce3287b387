package dev.musicbot.runtime;

/** The bot could not start for a reason outside the configuration's syntax (Discord refused the token, say). */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    public StartupException(String message) {
        super(message);
    }
}
