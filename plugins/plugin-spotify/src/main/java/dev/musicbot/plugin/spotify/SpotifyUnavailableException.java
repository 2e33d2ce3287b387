package dev.musicbot.plugin.spotify;

import java.io.Serial;

/**
 * Spotify failed on its side (5xx) or sent something unreadable. Not the user's fault: it is not a
 * {@link dev.musicbot.api.UserFacingException}, so the runtime reports it as a fault and may retry.
 */
final class SpotifyUnavailableException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    SpotifyUnavailableException(String message) {
        super(message);
    }

    SpotifyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
