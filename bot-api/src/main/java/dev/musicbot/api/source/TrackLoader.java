package dev.musicbot.api.source;

/**
 * Resolves user input through the registered {@link SourceResolver}s, with the runtime's caching, retries and
 * circuit breakers. Offered by the runtime to commands and plugins (a Spotify plugin mirrors tracks through
 * it).
 */
public interface TrackLoader {

    /**
     * Resolves a query with the first resolver that accepts it. May block.
     *
     * @param query the user's input
     * @return the outcome; {@link ResolveResult.NoMatch} if no resolver accepts the query
     */
    ResolveResult load(TrackQuery query);
}
