package dev.musicbot.api;

import dev.musicbot.api.text.Text;
import java.util.Locale;
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
    private final transient @Nullable Text text;

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
        this.text = null;
    }

    /**
     * Creates the exception with a text the runtime shows in the reader's language; {@link #getMessage()} is its
     * English form.
     *
     * @param text the text shown to the user: one polite sentence
     * @param severity how the runtime logs it
     */
    public UserFacingException(Text text, Severity severity) {
        this(text, severity, null);
    }

    /**
     * Creates the exception with a localized text and a cause, which is logged but never shown to the user.
     *
     * @param text the text shown to the user
     * @param severity how the runtime logs it
     * @param cause the underlying failure, or {@code null}
     */
    public UserFacingException(Text text, Severity severity, @Nullable Throwable cause) {
        super(text.in(Locale.ROOT), cause);
        this.severity = Objects.requireNonNull(severity, "severity");
        this.text = text;
    }

    /**
     * The message in the reader's language: the localized text if the exception was made from one, else the
     * message as it was given.
     *
     * @param locale the reader's language
     * @return the text to show
     */
    public String message(Locale locale) {
        return text == null ? String.valueOf(getMessage()) : text.in(locale);
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
