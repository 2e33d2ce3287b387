package dev.musicbot.testkit.audio;

import java.time.Instant;
import java.util.Map;

/**
 * A request the {@link AudioHttpServer} answered.
 *
 * @param method HTTP method
 * @param path request path
 * @param query raw query, or null
 * @param headers request headers (lower-case names, first value)
 * @param status the status sent
 * @param at when it arrived
 */
public record HttpRequestRecord(
        String method, String path, String query, Map<String, String> headers, int status, Instant at) {
    /** The {@code Range} header, or null. */
    public String range() {
        return headers.get("range");
    }
}
