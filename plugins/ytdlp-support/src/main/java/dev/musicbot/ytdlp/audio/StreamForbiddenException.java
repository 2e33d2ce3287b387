package dev.musicbot.ytdlp.audio;

/** The stream answered 403 before any audio was read: its URL has gone stale, so resolve it again. */
final class StreamForbiddenException extends Exception {
    private static final long serialVersionUID = 1L;

    StreamForbiddenException(String message) {
        super(message);
    }
}
