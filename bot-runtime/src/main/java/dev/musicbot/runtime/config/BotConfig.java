package dev.musicbot.runtime.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The whole effective configuration. Bound by Jackson from the merged tree (profile defaults, then
 * {@code musicbot.yml}, then the environment, then the command line); keys are kebab-case.
 */
public record BotConfig(
        Discord discord,
        Voice voice,
        Sources sources,
        Data data,
        Logs logs,
        Playback playback,
        Storage storage,
        Tuning tuning,
        Processing processing,
        Health health,
        Path pluginsDir,
        @Nullable String platform,
        Map<String, ObjectNode> plugins) {

    /** Discord connection settings. */
    public record Discord(
            @Nullable Secret token,
            String restUrl,
            String gatewayUrl,
            @Nullable Path voiceTrustStore,
            @Nullable Secret voiceTrustStorePassword,
            List<String> commandGuilds,
            Shards shards) {}

    /**
     * Gateway sharding (Discord requires it from 2,500 guilds). A guild belongs to shard
     * {@code (guild_id >> 22) % total}.
     *
     * @param total how many shards the bot has across every process: a number, or {@code auto} for Discord's
     *     recommendation ({@code GET /gateway/bot}); every process of one bot must use the same number
     * @param ids the shards this process runs: ranges and numbers such as {@code 0-3} or {@code [0, 2, 5-7]}; empty
     *     means every shard
     */
    public record Shards(String total, List<String> ids) {
        /** The parsed settings; call after validation. */
        public ShardPlan plan() {
            return ShardPlan.parse(total, ids);
        }
    }

    /**
     * Voice settings.
     *
     * @param dave whether voice must be end-to-end encrypted
     * @param send how voice packets leave the bot
     * @param sendBufferMs how much audio the native send queue holds per connection, ahead of its send time
     */
    public record Voice(DaveMode dave, SendMode send, int sendBufferMs) {}

    /**
     * How voice packets are sent: JDA's own sender runs one thread and one 20 ms loop per voice connection; the
     * native send queue (udpqueue) paces every connection from one native thread, off the Java heap.
     */
    public enum SendMode {
        /** The native queue when its library loads on this OS and CPU, JDA's sender otherwise (the default). */
        AUTO,
        /** The native queue, or no start-up when its library does not load. */
        NATIVE,
        /** JDA's sender, one thread per connection. */
        JAVA
    }

    /**
     * Whether a voice connection must be end-to-end encrypted (DAVE). Discord refuses voice without DAVE since
     * March 2026, so {@link #REQUIRED} is the default: the bot then says why it cannot play instead of joining a
     * channel nobody will hear.
     */
    public enum DaveMode {
        /**
         * Use DAVE when the natives load and the voice server offers it; otherwise play without it (voice servers
         * that do not speak DAVE, such as test servers). {@code auto}, the former name, still means this.
         */
        @JsonAlias("auto")
        PREFERRED,
        /**
         * Refuse every voice connection that would run without DAVE (the natives did not load, or the voice server
         * negotiated protocol version 0), with a log line and a reply to the member who asked.
         */
        REQUIRED
    }

    /** Source settings. */
    public record Sources(Http http) {}

    /**
     * The built-in HTTP source.
     *
     * @param allow the non-public addresses it may fetch (host names and CIDR ranges)
     * @param timeoutSeconds how long it waits for a server to accept the connection, and then for each answer
     *     (slow radio streams and busy hosts need more than LavaPlayer's 3 s)
     */
    public record Http(List<String> allow, int timeoutSeconds) {}

    /** Where playlists and state are kept. */
    public record Data(Path dir) {}

    /** Where log files are written. */
    public record Logs(Path dir) {}

    /**
     * Playback rules.
     *
     * @param stayConnected247 stay in voice when alone or idle (every guild; {@code /247} sets it per guild)
     * @param maxQueueLength the most tracks one guild's queue holds
     * @param maxPerUser the most queued tracks one member may have at once
     * @param djRole the name or id of the DJ role; members with Manage Server are DJs too
     * @param aloneTimeout seconds alone in voice before leaving (unless 24/7)
     * @param idleTimeout seconds with nothing playing before leaving (unless 24/7)
     * @param resumeAfterRestart rejoin and resume each guild's saved queue at start-up
     * @param autoplayRecent how many of a guild's last played tracks autoplay never queues again
     * @param normalize loudness normalisation ({@code /normalize})
     */
    public record Playback(
            @JsonProperty("stay-connected-24-7") boolean stayConnected247,
            int maxQueueLength,
            int maxPerUser,
            @Nullable String djRole,
            int aloneTimeout,
            int idleTimeout,
            boolean resumeAfterRestart,
            int autoplayRecent,
            Normalize normalize) {}

    /**
     * Loudness normalisation, where a guild turns it on with {@code /normalize}.
     *
     * @param targetLufs the integrated loudness every track is brought to, in LUFS
     */
    public record Normalize(double targetLufs) {}

    /** Which playlist store is active (by id); empty picks the only one registered. */
    public record Storage(@Nullable String playlists) {}

    /** Tuning values; the platform profile supplies the defaults. */
    public record Tuning(
            int workers,
            int cacheSize,
            int bufferMs,
            int opusQuality,
            ResamplingQuality resamplingQuality,
            int maxProcesses) {}

    /**
     * The processing pipeline that resolves what users ask for (worker count and cache size come from
     * {@link Tuning}).
     *
     * @param cacheMinutes how long a resolved result is reused
     * @param queueCapacity the most resolution tasks waiting at once; more are refused politely
     * @param maxAttempts attempts per task, the first included, for faults (not for user-facing errors)
     * @param backoffMs the first retry's delay; each further retry doubles it
     * @param breakerFailureRate the failure percentage over the window that opens a source's circuit breaker
     * @param breakerWindow how many recent calls per source the breaker looks at
     * @param breakerOpenSeconds how long an open breaker refuses calls before trying again
     */
    public record Processing(
            int cacheMinutes,
            int queueCapacity,
            int maxAttempts,
            int backoffMs,
            int breakerFailureRate,
            int breakerWindow,
            int breakerOpenSeconds) {}

    /**
     * The health and metrics HTTP endpoint and the periodic health loop.
     *
     * @param enabled whether the endpoint runs
     * @param host the interface it listens on (loopback by default: not public)
     * @param port its port
     * @param memoryThreshold heap use, in percent of the maximum, above which the health loop warns
     * @param intervalSeconds how often the health loop runs
     */
    public record Health(boolean enabled, String host, int port, int memoryThreshold, int intervalSeconds) {}

    /** Audio resampling quality, as LavaPlayer names it. */
    public enum ResamplingQuality {
        LOW,
        MEDIUM,
        HIGH
    }
}
