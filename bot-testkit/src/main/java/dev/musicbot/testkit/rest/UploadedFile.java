package dev.musicbot.testkit.rest;

import java.util.Objects;

/**
 * A file part of a {@code multipart/form-data} request (JDA's {@code files[n]}).
 *
 * @param field the form field name, e.g. {@code files[0]}
 * @param fileName the file name
 * @param contentType the part's content type, or "" when not given
 * @param content the bytes (shared: do not modify)
 */
public record UploadedFile(String field, String fileName, String contentType, byte[] content) {
    /** Checks the fields. */
    public UploadedFile {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** The part's index from a field named {@code files[n]}, or -1. */
    public int index() {
        if (field.startsWith("files[") && field.endsWith("]")) {
            try {
                return Integer.parseInt(field.substring(6, field.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
