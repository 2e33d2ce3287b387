package dev.musicbot.plugin.soundcloud;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Section {@code plugins.soundcloud}.
 *
 * @param ytDlp the yt-dlp executable (default {@code yt-dlp} on the {@code PATH})
 * @param timeoutSeconds how long one yt-dlp run may take (default 30)
 * @param searchResults search hits to fetch (default 5, at most 25)
 * @param ffmpeg the ffmpeg executable for HLS/AAC streams (default {@code ffmpeg} on the {@code PATH})
 * @param extraArgs further yt-dlp arguments, for example {@code [--proxy, socks5://127.0.0.1:1080]}
 */
public record SoundCloudConfig(
        @Nullable String ytDlp,
        @Nullable Integer timeoutSeconds,
        @Nullable Integer searchResults,
        @Nullable String ffmpeg,
        @Nullable List<String> extraArgs) {}
