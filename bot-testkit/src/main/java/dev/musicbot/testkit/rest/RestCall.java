package dev.musicbot.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One REST request the bot made, as recorded by the simulator.
 *
 * @param method HTTP method
 * @param path path without the {@code /api/v10} prefix, for example {@code /applications/1/commands}
 * @param query decoded query parameters
 * @param body JSON body ({@code payload_json} for multipart); a missing node when there was none
 * @param status the status the simulator answered with
 * @param at when it arrived
 */
public record RestCall(String method, String path, Map<String, String> query, JsonNode body, int status, Instant at) {
    /** {@code "METHOD /path"}. */
    public String route() {
        return method + " " + path;
    }
}
