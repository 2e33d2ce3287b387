package dev.musicbot.runtime.config;

import dev.musicbot.runtime.config.ConfigException.ConfigProblem;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the bound configuration; each problem names the key and says how to fix it. */
final class ConfigValidator {
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{15,21}");
    /** The loudness normalisation targets accepted: quieter than -30 LUFS is barely audible, louder than -5 clips. */
    static final int MIN_TARGET_LUFS = -30;

    static final int MAX_TARGET_LUFS = -5;

    private ConfigValidator() {}

    static List<ConfigProblem> check(BotConfig config, boolean requireToken) {
        List<ConfigProblem> problems = new ArrayList<>();
        BotConfig.Discord discord = config.discord();
        if (requireToken && (discord.token() == null || discord.token().isBlank())) {
            problems.add(
                    new ConfigProblem("discord.token", "is required: set BOT_TOKEN in the environment or in .env"));
        }
        if (!discord.restUrl().matches("https?://.+")) {
            problems.add(new ConfigProblem("discord.rest-url", "must be an http:// or https:// URL"));
        }
        if (!discord.gatewayUrl().matches("wss?://.+")) {
            problems.add(new ConfigProblem("discord.gateway-url", "must be a ws:// or wss:// URL"));
        }
        if (discord.voiceTrustStore() != null && !Files.isRegularFile(discord.voiceTrustStore())) {
            problems.add(
                    new ConfigProblem("discord.voice-trust-store", "file not found: " + discord.voiceTrustStore()));
        }
        discord.commandGuilds().stream()
                .filter(id -> !SNOWFLAKE.matcher(id).matches())
                .forEach(id -> problems.add(new ConfigProblem(
                        "discord.command-guilds", "'" + id + "' is not a guild id (a 15 to 21 digit number)")));
        ShardPlan.parse(discord.shards().total(), discord.shards().ids(), problems);
        config.sources().http().allow().stream()
                .filter(entry -> !AddressRule.isValid(entry))
                .forEach(entry -> problems.add(new ConfigProblem(
                        "sources.http.allow", "'" + entry + "' is neither a host name nor a CIDR range")));
        range(problems, "sources.http.timeout-seconds", config.sources().http().timeoutSeconds(), 1, 300);
        range(problems, "voice.send-buffer-ms", config.voice().sendBufferMs(), 100, 2000);
        range(problems, "playback.max-queue-length", config.playback().maxQueueLength(), 1, 10_000);
        range(problems, "playback.max-per-user", config.playback().maxPerUser(), 1, 10_000);
        range(problems, "playback.alone-timeout", config.playback().aloneTimeout(), 1, 86_400);
        range(problems, "playback.idle-timeout", config.playback().idleTimeout(), 1, 86_400);
        range(problems, "playback.autoplay-recent", config.playback().autoplayRecent(), 0, 50);
        double target = config.playback().normalize().targetLufs();
        if (!(target >= MIN_TARGET_LUFS && target <= MAX_TARGET_LUFS)) {
            problems.add(new ConfigProblem(
                    "playback.normalize.target-lufs",
                    "must be between " + MIN_TARGET_LUFS + " and " + MAX_TARGET_LUFS + " LUFS, got "
                            + decimal(target)));
        }
        range(problems, "tuning.workers", config.tuning().workers(), 1, 64);
        range(problems, "tuning.cache-size", config.tuning().cacheSize(), 0, 100_000);
        range(problems, "tuning.max-processes", config.tuning().maxProcesses(), 1, 64);
        range(problems, "tuning.buffer-ms", config.tuning().bufferMs(), 100, 10_000);
        range(problems, "tuning.opus-quality", config.tuning().opusQuality(), 0, 10);
        range(problems, "processing.cache-minutes", config.processing().cacheMinutes(), 1, 10_080);
        range(problems, "processing.queue-capacity", config.processing().queueCapacity(), 1, 100_000);
        range(problems, "processing.max-attempts", config.processing().maxAttempts(), 1, 10);
        range(problems, "processing.backoff-ms", config.processing().backoffMs(), 1, 60_000);
        range(problems, "processing.breaker-failure-rate", config.processing().breakerFailureRate(), 1, 100);
        range(problems, "processing.breaker-window", config.processing().breakerWindow(), 1, 1_000);
        range(problems, "processing.breaker-open-seconds", config.processing().breakerOpenSeconds(), 1, 3_600);
        range(problems, "health.port", config.health().port(), 0, 65_535);
        range(problems, "health.memory-threshold", config.health().memoryThreshold(), 1, 100);
        range(problems, "health.interval-seconds", config.health().intervalSeconds(), 1, 86_400);
        return problems;
    }

    private static String decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static void range(List<ConfigProblem> problems, String key, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new ConfigProblem(key, "must be between " + min + " and " + max + ", got " + value));
        }
    }
}
