package dev.musicbot.runtime.processing;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The runtime's {@link TrackLoader}: picks the resolver (the first by priority that accepts the query), answers
 * from the cache when it can, and otherwise resolves through the source's retry and circuit breaker.
 * {@link #load} runs on the caller's thread (a plugin resolving inside a resolver must not wait for a worker);
 * {@link #submit} queues a {@link Song} on the worker pool by priority.
 */
public final class ProcessingService implements TrackLoader, AutoCloseable {
    private final ExtensionRegistry registry;
    private final ResolveCache cache;
    private final SourceGuards guards;
    private final AsyncProcessor processor;
    private final ResolvePermits permits;

    public ProcessingService(ExtensionRegistry registry, BotConfig config, MeterRegistry meters) {
        this.registry = registry;
        BotConfig.Processing processing = config.processing();
        this.cache = new ResolveCache(
                Duration.ofMinutes(processing.cacheMinutes()), config.tuning().cacheSize(), meters);
        this.guards = new SourceGuards(processing, meters);
        this.permits = new ResolvePermits(config.tuning().workers());
        this.processor = new AsyncProcessor(
                config.tuning().workers(),
                processing.queueCapacity(),
                (query, song) -> permits.run(() -> resolve(query, song)),
                meters);
    }

    /**
     * Resolves on the caller's thread, within the same limit as the workers: it waits for a permit unless
     * the thread already holds one (a resolver loading through the loader). Answers from the cache without
     * waiting; an interrupted wait (nobody wants the result any more) answers at once, and nothing runs.
     */
    @Override
    public ResolveResult load(TrackQuery query) {
        Optional<Text> problem = QueryCheck.problem(query);
        if (problem.isEmpty()) {
            var cached = cache.peek(query);
            if (cached.isPresent()) {
                return cache.get(query).orElse(cached.get());
            }
        }
        try {
            return permits.runDirect(() -> resolve(query, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ResolveResult.Failed(
                    new UserFacingException(RuntimeMessages.text("lookup.cancelled"), Severity.COMMON, e));
        }
    }

    @Override
    public CompletableFuture<ResolveResult> submit(LoadRequest request) {
        return processor.submit(request);
    }

    /** Whether every worker thread is alive (a readiness check). */
    public boolean workersAlive() {
        return processor.workersAlive();
    }

    /** A source's circuit breaker state: CLOSED, OPEN or HALF_OPEN. */
    CircuitBreaker.State breakerState(String sourceId) {
        return guards.state(sourceId);
    }

    /** Drops expired cache entries now. */
    public void trimCaches() {
        cache.trim();
    }

    /** Resolves with the cache, then the first accepting resolver (looked up each time: plugins come and go). */
    private ResolveResult resolve(TrackQuery query, @Nullable Song song) {
        Optional<Text> problem = QueryCheck.problem(query);
        if (problem.isPresent()) {
            return new ResolveResult.Failed(new UserFacingException(problem.get(), Severity.COMMON));
        }
        var cached = cache.get(query);
        if (cached.isPresent()) {
            return cached.get();
        }
        for (SourceResolver resolver : registry.extensions(SourceResolver.class)) {
            if (resolver.accepts(query)) {
                if (song != null) {
                    song.chooseSource(resolver.id());
                }
                SourceGuards.Attempts attempts = song == null ? SourceGuards.Attempts.NONE : next -> song.retry();
                ResolveResult result = guards.call(resolver, query, attempts);
                cache.offer(query, result);
                return result;
            }
        }
        return new ResolveResult.NoMatch(RuntimeMessages.text("source.nothing-accepts"));
    }

    @Override
    public void close() {
        processor.close();
    }
}
