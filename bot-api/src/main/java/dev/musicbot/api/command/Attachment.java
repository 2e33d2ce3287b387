package dev.musicbot.api.command;

import java.net.URI;
import java.util.Objects;

/**
 * A file a user attached to a command through an {@link OptionType#ATTACHMENT} option, as Discord describes it.
 * Read its bytes with {@link CommandContext#read(Attachment, long)}.
 *
 * @param fileName the file name the user uploaded, e.g. {@code party.json} (not trusted: any text)
 * @param contentType the media type Discord guessed, e.g. {@code application/json}; empty when unknown
 * @param size the size in bytes Discord reports
 * @param url where Discord serves the file
 */
public record Attachment(String fileName, String contentType, long size, URI url) {

    /** Checks the fields. */
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(url, "url");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }
}
