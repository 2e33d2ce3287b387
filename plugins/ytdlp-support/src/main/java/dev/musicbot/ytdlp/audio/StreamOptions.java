package dev.musicbot.ytdlp.audio;

import java.util.Objects;

/**
 * How a {@link YtDlpAudioSourceManager} gets and plays streams.
 *
 * @param format the yt-dlp format selector used at play time, for example {@code bestaudio/best}
 * @param ffmpeg the ffmpeg executable for streams LavaPlayer cannot read (a path or a name on the
 *     {@code PATH}; default {@code ffmpeg})
 * @param configSection the plugin's configuration section, named when ffmpeg is missing
 */
public record StreamOptions(String format, String ffmpeg, String configSection) {
    /** The default yt-dlp format selector: the best audio-only format, else the best combined one. */
    public static final String DEFAULT_FORMAT = "bestaudio/best";

    /** The default ffmpeg executable name. */
    public static final String DEFAULT_FFMPEG = "ffmpeg";

    /** Validates the fields. */
    public StreamOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(configSection, "configSection");
        if (format.isBlank() || ffmpeg.isBlank()) {
            throw new IllegalArgumentException("format and ffmpeg must not be blank");
        }
    }
}
