package dev.musicbot.testkit;

/**
 * A guild channel.
 *
 * @param id snowflake
 * @param name name
 * @param type text or voice
 * @param guildId the guild
 */
public record SimChannel(String id, String name, Type type, String guildId) {
    /** Channel types the simulator creates. */
    public enum Type {
        /** A text channel (Discord type 0). */
        TEXT(0),
        /** A voice channel (Discord type 2). */
        VOICE(2);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        /** Discord's numeric channel type. */
        public int code() {
            return code;
        }
    }
}
