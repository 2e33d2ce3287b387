package dev.musicbot.plugin.lyrics;

import org.jspecify.annotations.Nullable;

/**
 * Section {@code plugins.lyrics}.
 *
 * @param baseUrl LRCLIB's address (default {@code https://lrclib.net}); an administrator's setting, never a user's
 * @param timeoutSeconds how long one lookup may wait for LRCLIB, connecting included (default 5)
 * @param cacheMinutes how long an answer is reused (default 360)
 */
public record LyricsConfig(
        @Nullable String baseUrl,
        @Nullable Integer timeoutSeconds,
        @Nullable Integer cacheMinutes) {}
