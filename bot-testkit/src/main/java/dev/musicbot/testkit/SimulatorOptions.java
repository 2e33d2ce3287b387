package dev.musicbot.testkit;

import dev.musicbot.testkit.voice.EncryptionMode;
import dev.musicbot.testkit.voice.dave.DaveMode;
import java.util.List;

/**
 * Options of a {@link DiscordSimulator}.
 *
 * @param token the bot token accepted in {@code Authorization: Bot <token>} and IDENTIFY
 * @param botUserId the bot's user id
 * @param botName the bot's username
 * @param applicationId the application id (defaults to the bot user id)
 * @param ownerUserId the application owner's user id (from {@code GET /oauth2/applications/@me})
 * @param encryptionModes voice encryption modes offered in READY, in order
 * @param heartbeatIntervalMillis gateway heartbeat interval sent in HELLO
 * @param dave whether the voice servers offer DAVE protocol version 1 to a client that advertises it, and who
 *     creates the group ({@link DaveMode#OFF}: version 0)
 * @param shards the shard count {@code GET /gateway/bot} recommends
 * @param maxConcurrency {@code GET /gateway/bot}'s {@code session_start_limit.max_concurrency}: how many shards
 *     may IDENTIFY in the same 5 s window
 */
public record SimulatorOptions(
        String token,
        String botUserId,
        String botName,
        String applicationId,
        String ownerUserId,
        List<EncryptionMode> encryptionModes,
        int heartbeatIntervalMillis,
        DaveMode dave,
        int shards,
        int maxConcurrency) {

    /** Builds options; every setting has a default. */
    public static final class Builder {
        private String token = "sim-bot-token";
        private String botUserId = Snowflake.next();
        private String botName = "testbot";
        private String applicationId;
        private String ownerUserId = Snowflake.next();
        private List<EncryptionMode> modes = List.of(EncryptionMode.values());
        private int heartbeatInterval = 41_250;
        private DaveMode dave = DaveMode.OFF;
        private int shards = 1;
        private int maxConcurrency = 1;

        Builder() {}

        /** The bot token (without {@code Bot }); default {@code sim-bot-token}. */
        public Builder token(String value) {
            this.token = value;
            return this;
        }

        /** The bot's user id; default a fresh snowflake. */
        public Builder botUserId(String value) {
            this.botUserId = value;
            return this;
        }

        /** The bot's username; default {@code testbot}. */
        public Builder botName(String value) {
            this.botName = value;
            return this;
        }

        /** The application id; default the bot user id. */
        public Builder applicationId(String value) {
            this.applicationId = value;
            return this;
        }

        /** The application owner's user id (bots use it for owner-only commands). */
        public Builder ownerUserId(String value) {
            this.ownerUserId = value;
            return this;
        }

        /** Voice encryption modes offered in READY (default: AES-GCM and XChaCha20). */
        public Builder encryptionModes(EncryptionMode... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("Offer at least one encryption mode");
            }
            this.modes = List.of(values);
            return this;
        }

        /** Gateway heartbeat interval in HELLO; default 41250 ms. */
        public Builder heartbeatIntervalMillis(int value) {
            this.heartbeatInterval = value;
            return this;
        }

        /**
         * Whether voice servers speak DAVE (protocol version 1) with a client whose IDENTIFY advertises it; default
         * off (version 0, no end-to-end encryption). With it, the other members in the bot's voice channel are
         * simulated DAVE listeners (real libdave sessions, glibc 2.38+), see {@link SimVoice#dave()}.
         */
        public Builder dave(boolean value) {
            return dave(value ? DaveMode.BOT_CREATES_GROUP : DaveMode.OFF);
        }

        /** DAVE, choosing who creates the group (see {@link DaveMode}). */
        public Builder dave(DaveMode value) {
            this.dave = value;
            return this;
        }

        /** The shard count {@code GET /gateway/bot} recommends; default 1. */
        public Builder shards(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("At least one shard");
            }
            this.shards = value;
            return this;
        }

        /** {@code session_start_limit.max_concurrency} of {@code GET /gateway/bot}; default 1. */
        public Builder maxConcurrency(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("max_concurrency is at least 1");
            }
            this.maxConcurrency = value;
            return this;
        }

        /** The options. */
        public SimulatorOptions build() {
            return new SimulatorOptions(
                    token,
                    botUserId,
                    botName,
                    applicationId == null ? botUserId : applicationId,
                    ownerUserId,
                    modes,
                    heartbeatInterval,
                    dave,
                    shards,
                    maxConcurrency);
        }

        /** Starts a simulator with these options. */
        public DiscordSimulator start() {
            return DiscordSimulator.start(build());
        }
    }
}
