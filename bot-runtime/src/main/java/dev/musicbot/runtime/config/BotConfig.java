package dev.musicbot.runtime.config;

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
            List<String> commandGuilds) {}

    /** Voice settings. */
    public record Voice(DaveMode dave) {}

    /** Whether end-to-end encrypted voice (DAVE) is used. */
    public enum DaveMode {
        /** Use DAVE when its natives load; otherwise warn loudly that Discord will refuse voice. */
        AUTO,
        /** Refuse to start without DAVE. */
        REQUIRED
    }

    /** Source settings. */
    public record Sources(Http http) {}

    /** The built-in HTTP source: which non-public addresses it may fetch (host names and CIDR ranges). */
    public record Http(List<String> allow) {}

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
     */
    public record Playback(
            @JsonProperty("stay-connected-24-7") boolean stayConnected247,
            int maxQueueLength,
            int maxPerUser,
            @Nullable String djRole,
            int aloneTimeout,
            int idleTimeout,
            boolean resumeAfterRestart) {}

    /** Which playlist store is active (by id); empty picks the only one registered. */
    public record Storage(@Nullable String playlists) {}

    /** Tuning values; the platform profile supplies the defaults. */
    public record Tuning(
            int workers, int cacheSize, int bufferMs, int opusQuality, ResamplingQuality resamplingQuality) {}

    /** Audio resampling quality, as LavaPlayer names it. */
    public enum ResamplingQuality {
        LOW,
        MEDIUM,
        HIGH
    }
}
