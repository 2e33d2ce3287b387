package dev.musicbot.api;

/**
 * A Discord user, by its snowflake id.
 *
 * @param value the snowflake, positive
 */
public record UserId(long value) {

    /** Validates the id. */
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
