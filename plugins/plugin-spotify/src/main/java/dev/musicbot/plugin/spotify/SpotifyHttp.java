package dev.musicbot.plugin.spotify;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends requests to Spotify. On 429 Too Many Requests it waits as long as {@code Retry-After} asks, if that
 * is short, and tries once more; a longer wait is reported to the user instead of blocking the bot.
 */
final class SpotifyHttp {
    /** The longest {@code Retry-After} this waits for; past it the user is told to try again later. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    private static final int TOO_MANY_REQUESTS = 429;

    private final HttpClient client;

    SpotifyHttp(HttpClient client) {
        this.client = client;
    }

    /**
     * Sends a request, retrying once after a short rate-limit wait.
     *
     * @param request the request
     * @return the response (any status but 429)
     * @throws UserFacingException if Spotify keeps rate-limiting, or asks for a long wait
     * @throws UncheckedIOException if Spotify cannot be reached (not the user's fault; may be retried)
     */
    HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = once(request);
        if (response.statusCode() != TOO_MANY_REQUESTS) {
            return response;
        }
        Duration wait = retryAfter(response);
        if (wait.compareTo(MAX_WAIT) > 0) {
            throw rateLimited(wait);
        }
        pause(wait);
        HttpResponse<String> retried = once(request);
        if (retried.statusCode() == TOO_MANY_REQUESTS) {
            throw rateLimited(retryAfter(retried));
        }
        return retried;
    }

    static Duration retryAfter(HttpResponse<?> response) {
        String header = response.headers().firstValue("Retry-After").orElse("");
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            return DEFAULT_WAIT;
        }
    }

    private HttpResponse<String> once(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Spotify could not be reached at " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private static UserFacingException interrupted(InterruptedException e) {
        return new UserFacingException(Messages.BUNDLE.key("interrupted"), Severity.COMMON, e);
    }

    private static UserFacingException rateLimited(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return Messages.refusal("rate-limited", Severity.SUSPICIOUS, seconds);
    }
}
