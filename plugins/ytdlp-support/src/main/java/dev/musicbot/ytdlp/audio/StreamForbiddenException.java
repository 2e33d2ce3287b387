package dev.musicbot.ytdlp.audio;

import java.io.IOException;

/**
 * The stream answered 403, before any audio was read or on a later (range) request partway through: its URL has
 * gone stale, so resolve it again. An {@link IOException} so that the stream's reconnect can throw it from the
 * middle of a read.
 */
final class StreamForbiddenException extends IOException {
    private static final long serialVersionUID = 1L;

    StreamForbiddenException(String message) {
        super(message);
    }
}
