package dev.musicbot.api.source;

import dev.musicbot.api.Spi;

/**
 * Extension point. Turns user input (a URL or search text) into tracks.
 *
 * <p><b>Called by:</b> the runtime's processing service, which asks every registered resolver in order of
 * {@link #priority()} (then {@link #id()}) whether it {@link #accepts} the query, and resolves with the first
 * that does.
 *
 * <p><b>When:</b> when a user plays, adds or queues something, and again at play time for deferred tracks.
 *
 * <p><b>Thread:</b> {@link #accepts} is called on any thread and must be pure and fast (no I/O).
 * {@link #resolve} runs on a virtual thread of the processing pool and may block on I/O.
 *
 * <p><b>Not mine:</b> return {@code false} from {@link #accepts}. Once accepted, a query that finds nothing
 * returns {@link ResolveResult.NoMatch}, never {@code null}.
 *
 * <p><b>Errors:</b> return {@link ResolveResult.Failed} with a {@link dev.musicbot.api.UserFacingException},
 * or throw one. Any other exception is reported as a fault and may be retried.
 */
@Spi(cardinality = Spi.Cardinality.MANY)
public interface SourceResolver {

    /**
     * A stable, lower-kebab-case id, unique among resolvers (for example {@code "youtube"}). It keys
     * configuration, logs and metrics.
     *
     * @return the id
     */
    String id();

    /**
     * Whether this resolver handles the query. Pure and allocation-light: match a precompiled pattern.
     *
     * @param query the user's input
     * @return true if {@link #resolve} should be called with it
     */
    boolean accepts(TrackQuery query);

    /**
     * Resolves an accepted query. May block.
     *
     * @param query the user's input, already accepted
     * @return the outcome, never {@code null}
     */
    ResolveResult resolve(TrackQuery query);

    /**
     * Ordering among resolvers that accept the same query; higher is asked first.
     *
     * @return the priority, 0 by default
     */
    default int priority() {
        return 0;
    }
}
