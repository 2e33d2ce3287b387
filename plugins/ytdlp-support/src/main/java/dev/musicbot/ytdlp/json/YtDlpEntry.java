package dev.musicbot.ytdlp.json;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A single video or track as yt-dlp prints it; after format selection ({@code -f}) the stream fields describe
 * the chosen format.
 *
 * @param id the site's id
 * @param title the title
 * @param uploader the uploader's name
 * @param channel the channel's name (YouTube)
 * @param duration the length in seconds, or {@code null} if unknown (live)
 * @param webpageUrl the page
 * @param thumbnail the preferred thumbnail
 * @param url the selected format's stream URL (short-lived)
 * @param ext the selected format's file extension ({@code webm}, {@code m4a}, {@code mp3}, {@code mp4})
 * @param protocol how to fetch it ({@code https}, {@code m3u8_native}, ...)
 * @param acodec the audio codec ({@code opus}, {@code mp4a.40.2}, {@code none})
 * @param httpHeaders headers to send when fetching the stream
 * @param filesize the size in bytes, if known
 * @param isLive whether it is a live stream
 */
public record YtDlpEntry(
        @Nullable String id,
        @Nullable String title,
        @Nullable String uploader,
        @Nullable String channel,
        @Nullable Double duration,
        @Nullable String webpageUrl,
        @Nullable String thumbnail,
        @Nullable String url,
        @Nullable String ext,
        @Nullable String protocol,
        @Nullable String acodec,
        @Nullable Map<String, String> httpHeaders,
        @Nullable Long filesize,
        @Nullable Boolean isLive)
        implements YtDlpOutput {

    /**
     * The headers to send with the stream request.
     *
     * @return the headers, possibly empty
     */
    public Map<String, String> headers() {
        return httpHeaders == null ? Map.of() : httpHeaders;
    }
}
