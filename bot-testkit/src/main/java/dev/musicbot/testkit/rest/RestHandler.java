package dev.musicbot.testkit.rest;

/** Answers one route. Called on a virtual thread per request; implementations must be thread-safe. */
@FunctionalInterface
public interface RestHandler {
    /** Handles the request. */
    RestResponse handle(RestRequest request);
}
