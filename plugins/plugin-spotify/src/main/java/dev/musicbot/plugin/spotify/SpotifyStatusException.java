package dev.musicbot.plugin.spotify;

import java.io.Serial;

/** Spotify answered a request with a 4xx status the caller must interpret (404 not found, 403 refused). */
final class SpotifyStatusException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    SpotifyStatusException(int status, String path) {
        super("Spotify answered " + status + " for " + path);
        this.status = status;
    }

    int status() {
        return status;
    }

    boolean isNotFound() {
        return status == 404;
    }

    boolean isForbidden() {
        return status == 403;
    }
}
