package dev.musicbot.api.source;

import java.util.concurrent.CompletableFuture;

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

    /**
     * Queues a resolution on the runtime's processing workers, by priority, and returns at once. Cancelling
     * the future drops the work if it has not started. The runtime's implementation adds caching, retries
     * with backoff and a circuit breaker per source; this default (for test doubles) just calls {@link #load}
     * on a virtual thread.
     *
     * @param request what to resolve, how urgently, and who listens
     * @return the outcome when it is known; completes exceptionally only when cancelled
     */
    default CompletableFuture<ResolveResult> submit(LoadRequest request) {
        CompletableFuture<ResolveResult> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            request.listener().changed(LoadState.PROCESSING, 1);
            ResolveResult outcome = load(request.query());
            boolean ready = !(outcome instanceof ResolveResult.NoMatch || outcome instanceof ResolveResult.Failed);
            request.listener().changed(ready ? LoadState.READY : LoadState.FAILED, 1);
            result.complete(outcome);
        });
        return result;
    }
}
