package dev.musicbot.plugin.youtube;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Section {@code plugins.youtube}.
 *
 * @param ytDlp the yt-dlp executable (default {@code yt-dlp} on the {@code PATH})
 * @param jsRuntime a JS runtime for yt-dlp, for example {@code deno:/usr/local/bin/deno}; recent yt-dlp needs
 *     one for full YouTube support (unset: no {@code --js-runtimes} flag, which old yt-dlp does not know)
 * @param cookies a Netscape cookies file for yt-dlp ({@code --cookies}), for "sign in to confirm" refusals
 * @param timeoutSeconds how long one yt-dlp run may take (default 30)
 * @param searchResults search hits to fetch (default 5, at most 25)
 * @param ffmpeg the ffmpeg executable for HLS streams (default {@code ffmpeg} on the {@code PATH})
 * @param extraArgs further yt-dlp arguments, for example {@code [--proxy, socks5://127.0.0.1:1080]}
 * @param sponsorblock the SponsorBlock lookups (section {@code plugins.youtube.sponsorblock})
 */
public record YouTubeConfig(
        @Nullable String ytDlp,
        @Nullable String jsRuntime,
        @Nullable String cookies,
        @Nullable Integer timeoutSeconds,
        @Nullable Integer searchResults,
        @Nullable String ffmpeg,
        @Nullable List<String> extraArgs,
        @Nullable SponsorBlockConfig sponsorblock) {}
