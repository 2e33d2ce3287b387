package dev.musicbot.plugin.youtube;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Section {@code plugins.youtube.sponsorblock}: SponsorBlock's crowd-sourced segments, skipped in YouTube tracks.
 *
 * @param enabled whether to look segments up at all (default true; each guild picks its categories with {@code
 *     /sponsorblock})
 * @param baseUrl the SponsorBlock server (default {@code https://sponsor.ajay.app})
 * @param timeoutMillis how long one lookup may take before the track plays without skipping (default 2000)
 */
public record SponsorBlockConfig(
        @Nullable Boolean enabled,
        @Nullable String baseUrl,
        @Nullable Integer timeoutMillis) {
    static final String DEFAULT_BASE_URL = "https://sponsor.ajay.app";
    static final int DEFAULT_TIMEOUT_MILLIS = 2000;

    boolean on() {
        return enabled == null || enabled;
    }

    /** The base URL without a trailing slash. */
    URI base() {
        String url = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(YouTubePlugin.SECTION + ".sponsorblock.base-url is not a URL: " + url);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    YouTubePlugin.SECTION + ".sponsorblock.base-url must be an http(s) URL: " + url);
        }
        return uri;
    }

    Duration timeout() {
        int millis = timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
        if (millis < 100 || millis > 30_000) {
            throw new IllegalArgumentException(
                    YouTubePlugin.SECTION + ".sponsorblock.timeout-millis must be 100 to 30000: " + millis);
        }
        return Duration.ofMillis(millis);
    }
}
