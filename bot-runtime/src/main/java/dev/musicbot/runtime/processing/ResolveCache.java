package dev.musicbot.runtime.processing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Optional;

/**
 * Resolved results by query, for a while: repeating a song or a search costs nothing. Only results with
 * tracks are kept (a failure may be gone on the next try). Tracks hold page URLs and identifiers, never
 * stream URLs, so a cached result stays playable. The cache is bounded by weight, one unit per track, so a
 * thousand-track playlist counts as a thousand songs, not as one entry; eviction runs on the caller's thread.
 */
final class ResolveCache {
    private final Cache<String, ResolveResult> cache;

    ResolveCache(Duration validity, int maxTracks, MeterRegistry meters) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(validity)
                .maximumWeight(Math.max(0, maxTracks))
                .weigher((String query, ResolveResult result) -> weight(result))
                .executor(Runnable::run)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, cache, "resolve");
    }

    /** The cached result without counting a hit or a miss (a look before waiting for a permit). */
    Optional<ResolveResult> peek(TrackQuery query) {
        return Optional.ofNullable(cache.policy().getIfPresentQuietly(query.input()));
    }

    Optional<ResolveResult> get(TrackQuery query) {
        return Optional.ofNullable(cache.getIfPresent(query.input()));
    }

    void offer(TrackQuery query, ResolveResult result) {
        if (Song.hasTracks(result)) {
            cache.put(query.input(), result);
        }
    }

    /** How many tracks a result holds (what it costs in memory), at least 1. */
    static int weight(ResolveResult result) {
        return switch (result) {
            case ResolveResult.Playlist playlist ->
                Math.max(1, playlist.tracks().size());
            case ResolveResult.SearchHits hits -> Math.max(1, hits.tracks().size());
            default -> 1;
        };
    }

    /** Drops expired entries now (the health loop calls it). */
    void trim() {
        cache.cleanUp();
    }

    /** The share of lookups answered from the cache, 0 to 1. */
    double hitRate() {
        return cache.stats().hitRate();
    }
}
