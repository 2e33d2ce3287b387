package dev.musicbot.testkit.audio;

import java.util.List;
import java.util.Locale;

/** Audio container/codec combinations {@link AudioFixtures} can write with ffmpeg. */
public enum AudioFileFormat {
    /** MPEG-1 Layer III. */
    MP3("mp3", "audio/mpeg", List.of("-c:a", "libmp3lame", "-b:a", "128k")),
    /** Opus in Ogg. */
    OGG_OPUS("ogg", "audio/ogg", List.of("-c:a", "libopus", "-b:a", "96k")),
    /** Opus in WebM (Matroska), as YouTube serves it. */
    WEBM_OPUS("webm", "audio/webm", List.of("-c:a", "libopus", "-b:a", "96k")),
    /** AAC-LC in MP4, with the index at the front. */
    M4A_AAC("m4a", "audio/mp4", List.of("-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart")),
    /** 16-bit PCM WAV. */
    WAV("wav", "audio/wav", List.of("-c:a", "pcm_s16le")),
    /** FLAC. */
    FLAC("flac", "audio/flac", List.of("-c:a", "flac"));

    private final String extension;
    private final String contentType;
    private final List<String> codecArguments;

    AudioFileFormat(String extension, String contentType, List<String> codecArguments) {
        this.extension = extension;
        this.contentType = contentType;
        this.codecArguments = codecArguments;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** MIME type for HTTP. */
    public String contentType() {
        return contentType;
    }

    /** ffmpeg output arguments selecting the codec. */
    List<String> codecArguments() {
        return codecArguments;
    }

    /** The MIME type for a file name by extension, or {@code application/octet-stream}. */
    public static String contentTypeOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (AudioFileFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format.contentType;
            }
        }
        if (lower.endsWith(".opus")) {
            return "audio/ogg";
        }
        return lower.endsWith(".json") ? "application/json" : "application/octet-stream";
    }
}
