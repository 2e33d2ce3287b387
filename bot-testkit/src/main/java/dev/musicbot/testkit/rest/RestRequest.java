package dev.musicbot.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A routed request.
 *
 * @param method HTTP method
 * @param path path without the API prefix
 * @param params values of the route's {@code {placeholders}}
 * @param query decoded query parameters
 * @param body JSON body, or a missing node
 * @param uploads files attached to a multipart request
 */
public record RestRequest(
        String method,
        String path,
        Map<String, String> params,
        Map<String, String> query,
        JsonNode body,
        List<UploadedFile> uploads) {
    /** The names of the files attached to a multipart request. */
    public List<String> files() {
        return uploads.stream().map(UploadedFile::fileName).toList();
    }

    /** A route placeholder's value. */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No route parameter " + name);
        }
        return value;
    }
}
