package dev.musicbot.runtime.platform;

import java.util.Map;

/**
 * The tuning defaults for one platform. Configuration ({@code tuning.*}) overrides each value; JVM options
 * (heap, GC, thread stack) live beside the launcher in {@code config/jvm/<platform>.options}, because they
 * must be chosen before the JVM starts.
 *
 * @param platform the platform
 * @param workers resolver worker threads (processing pipeline)
 * @param cacheSize the most tracks the resolve cache keeps (a playlist weighs as many as it holds)
 * @param bufferMs audio frame buffer per player, in milliseconds
 * @param opusQuality Opus encoder complexity, 0 (cheapest) to 10 (best)
 * @param resamplingQuality LavaPlayer resampling quality: LOW, MEDIUM or HIGH
 * @param maxProcesses external programs (yt-dlp with its JavaScript runtime, ffmpeg) running at once, in all
 * @param summary one line on what the profile is for
 */
public record PlatformProfile(
        Platform platform,
        int workers,
        int cacheSize,
        int bufferMs,
        int opusQuality,
        String resamplingQuality,
        int maxProcesses,
        String summary) {

    private static final Map<Platform, PlatformProfile> PROFILES = Map.of(
            Platform.X86_64,
            new PlatformProfile(
                    Platform.X86_64, 4, 500, 400, 10, "HIGH", 6, "servers and desktops: best quality, full CPU use"),
            Platform.AARCH64,
            new PlatformProfile(
                    Platform.AARCH64,
                    3,
                    200,
                    600,
                    8,
                    "MEDIUM",
                    4,
                    "Raspberry Pi 4/5 and ARM servers: near-best quality, fewer threads"),
            Platform.ARMV7,
            new PlatformProfile(
                    Platform.ARMV7,
                    1,
                    50,
                    1000,
                    4,
                    "LOW",
                    2,
                    "Raspberry Pi 3 and other 32-bit ARM: small heap, cheap encoding, larger buffer"));

    /**
     * The profile of a platform.
     *
     * @param platform the platform
     * @return its profile
     */
    public static PlatformProfile of(Platform platform) {
        return PROFILES.get(platform);
    }
}
