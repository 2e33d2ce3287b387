package dev.musicbot.api.command;

import java.io.IOException;

/** Thrown by {@link CommandContext#read(Attachment, long)} when a file is larger than the caller accepts. */
public final class AttachmentTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit that was exceeded, in bytes. */
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param limit the limit that was exceeded, in bytes
     */
    public AttachmentTooLargeException(long limit) {
        super("the file is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /**
     * The limit that was exceeded.
     *
     * @return the limit in bytes
     */
    public long limit() {
        return limit;
    }
}
