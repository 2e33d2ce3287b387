package dev.musicbot.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file a member uploads with a slash command: pass it as the value of an ATTACHMENT option (type 11). The
 * simulator serves the bytes from its own loopback HTTP server and describes the file in the interaction's
 * {@code resolved.attachments}, as Discord does.
 *
 * @param fileName the file name
 * @param contentType the media type Discord would report, e.g. {@code application/json; charset=utf-8}, or ""
 * @param content the bytes
 */
public record SimFile(String fileName, String contentType, byte[] content) {
    /** Checks and copies the fields. */
    public SimFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** A JSON file with the given text, UTF-8 encoded. */
    public static SimFile json(String fileName, String text) {
        return new SimFile(fileName, "application/json; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
