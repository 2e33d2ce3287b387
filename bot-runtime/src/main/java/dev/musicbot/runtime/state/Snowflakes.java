package dev.musicbot.runtime.state;

import java.util.regex.Pattern;

/** Discord ids written as text: decimal digits only, so they are safe in file names and logs. */
final class Snowflakes {
    private static final Pattern SNOWFLAKE = Pattern.compile("[1-9][0-9]{0,19}");

    private Snowflakes() {}

    /** Whether the text is a positive decimal id that fits in an unsigned 64-bit number. */
    static boolean isSnowflake(String text) {
        if (!SNOWFLAKE.matcher(text).matches()) {
            return false;
        }
        try {
            Long.parseUnsignedLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
