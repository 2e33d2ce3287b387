package dev.musicbot.api;

/**
 * A Discord guild (server), by its snowflake id.
 *
 * @param value the snowflake, positive
 */
public record GuildId(long value) {

    /** Validates the id. */
    public GuildId {
        if (value <= 0) {
            throw new IllegalArgumentException("guild id must be positive: " + value);
        }
    }

    /**
     * Parses a snowflake given as text.
     *
     * @param snowflake the decimal id
     * @return the id
     * @throws NumberFormatException if the text is not a number
     */
    public static GuildId of(String snowflake) {
        return new GuildId(Long.parseUnsignedLong(snowflake));
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
