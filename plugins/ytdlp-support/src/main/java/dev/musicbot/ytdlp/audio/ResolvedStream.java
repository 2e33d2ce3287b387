package dev.musicbot.ytdlp.audio;

import dev.musicbot.ytdlp.json.YtDlpEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A stream yt-dlp resolved for one play: short-lived, never persisted.
 *
 * @param url the stream URL
 * @param headers headers to send with it
 * @param protocol yt-dlp's protocol ({@code https}, {@code m3u8_native}, ...), or {@code null}
 * @param ext yt-dlp's file extension, or {@code null}
 * @param expiresAt when the URL stops working (its {@code expire=} parameter), or {@code null} if it does not say
 */
record ResolvedStream(
        String url,
        Map<String, String> headers,
        @Nullable String protocol,
        @Nullable String ext,
        @Nullable Instant expiresAt) {
    /** Refresh this long before the stated expiry, so a stream does not die while it opens. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private static final Pattern EXPIRE = Pattern.compile("[?&/]expire[=/](\\d{1,12})(?:$|[&/#])");

    ResolvedStream {
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
    }

    /** The stream yt-dlp selected for an entry (whose {@code url} is set). */
    static ResolvedStream of(YtDlpEntry entry) {
        String url = Objects.requireNonNull(entry.url(), "yt-dlp gave no stream url");
        return new ResolvedStream(url, entry.headers(), entry.protocol(), entry.ext(), expiryOf(url));
    }

    /** The {@code expire=<epoch seconds>} of a URL (query or path form), if it has one. */
    static @Nullable Instant expiryOf(String url) {
        Matcher matcher = EXPIRE.matcher(url);
        return matcher.find() ? Instant.ofEpochSecond(Long.parseLong(matcher.group(1))) : null;
    }

    /** Whether the URL has expired, or will within {@link #MARGIN}. */
    boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt.minus(MARGIN));
    }

    /** Whether LavaPlayer may read it over plain HTTP (rather than ffmpeg). */
    boolean isDirectHttp() {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean http = lower.startsWith("http://") || lower.startsWith("https://");
        return http && (protocol == null || protocol.equals("http") || protocol.equals("https"));
    }
}
