package dev.musicbot.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.testkit.support.Json;

/**
 * What a route answers.
 *
 * @param status HTTP status
 * @param body JSON body, or null for none
 */
public record RestResponse(int status, JsonNode body) {
    /** 200 with a body. */
    public static RestResponse ok(JsonNode body) {
        return new RestResponse(200, body);
    }

    /** 204 without a body. */
    public static RestResponse noContent() {
        return new RestResponse(204, null);
    }

    /** 404 with Discord's error shape and a JSON error code. */
    public static RestResponse notFound(String message, int code) {
        return new RestResponse(404, Json.object().put("message", message).put("code", code));
    }

    /** The generic 404 for an unknown route. */
    public static RestResponse unknownRoute() {
        return notFound("404: Not Found", 0);
    }
}
