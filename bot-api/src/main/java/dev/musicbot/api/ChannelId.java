package dev.musicbot.api;

/**
 * A Discord channel (text or voice), by its snowflake id.
 *
 * @param value the snowflake, positive
 */
public record ChannelId(long value) {

    /** Validates the id. */
    public ChannelId {
        if (value <= 0) {
            throw new IllegalArgumentException("channel id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
