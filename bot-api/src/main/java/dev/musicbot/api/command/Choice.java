package dev.musicbot.api.command;

import java.util.Objects;

/**
 * A fixed or suggested value of an option.
 *
 * @param label what the user sees, not empty (the runtime cuts it to Discord's 100 characters)
 * @param value what the handler receives
 */
public record Choice(String label, String value) {

    /** Validates the fields. */
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (label.isEmpty()) {
            throw new IllegalArgumentException("a choice label must not be empty");
        }
    }

    /**
     * A choice whose label is its value.
     *
     * @param value the value
     * @return the choice
     */
    public static Choice of(String value) {
        return new Choice(value, value);
    }
}
