package dev.musicbot.runtime.processing;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many resolutions run at once, whoever asks: the workers and every direct {@code TrackLoader.load} (from
 * {@code /add}, {@code /use}, a deferred track, Spotify mirroring) share the platform profile's worker count.
 * A resolution that loads through the loader again on the same thread (a resolver mirroring through another
 * source) already holds a permit and does not take a second, so it can never wait for itself.
 */
final class ResolvePermits {
    private final Semaphore permits;
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    ResolvePermits(int count) {
        this.permits = new Semaphore(Math.max(1, count), true);
    }

    /**
     * Runs a resolution with a permit, waiting for one unless this thread already holds one.
     *
     * @throws InterruptedException if the thread is interrupted while it waits (nobody wants the result)
     */
    <T> T run(Supplier<T> resolution) throws InterruptedException {
        if (holding.get()) {
            return resolution.get();
        }
        permits.acquire();
        holding.set(true);
        try {
            return resolution.get();
        } finally {
            holding.set(false);
            permits.release();
        }
    }

    /** Permits free right now (for tests and metrics). */
    int available() {
        return permits.availablePermits();
    }
}
