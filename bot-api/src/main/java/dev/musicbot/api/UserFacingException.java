package dev.musicbot.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error whose message is fit to show to the Discord user as it is.
 *
 * <p>Extension points throw this (or return it inside a sealed result) when the user should be told what
 * went wrong. Any other exception is treated as a {@link Severity#FAULT} and the user sees a generic apology.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Severity severity;

    /**
     * Creates the exception.
     *
     * @param message the text shown to the user: one polite sentence
     * @param severity how the runtime logs it
     */
    public UserFacingException(String message, Severity severity) {
        this(message, severity, null);
    }

    /**
     * Creates the exception with a cause, which is logged but never shown to the user.
     *
     * @param message the text shown to the user
     * @param severity how the runtime logs it
     * @param cause the underlying failure, or {@code null}
     */
    public UserFacingException(String message, Severity severity, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    /**
     * How the runtime reports this error.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }
}
