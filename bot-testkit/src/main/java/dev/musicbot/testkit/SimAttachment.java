package dev.musicbot.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file attached to a message the bot sent (a {@code files[n]} part of its multipart request).
 *
 * @param id attachment id
 * @param fileName the file name
 * @param contentType the content type the bot gave, or ""
 * @param content the bytes as uploaded (shared: do not modify)
 */
public record SimAttachment(String id, String fileName, String contentType, byte[] content) {
    /** Checks the fields. */
    public SimAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The size in bytes. */
    public int size() {
        return content.length;
    }
}
