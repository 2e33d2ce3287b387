package dev.musicbot.runtime.processing;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many resolutions run at once, whoever asks: the workers and every direct {@code TrackLoader.load} (from
 * {@code /add}, {@code /use}, a deferred track, Spotify mirroring) share the platform profile's worker count.
 * A resolution that loads through the loader again on the same thread (a resolver mirroring through another
 * source) already holds a permit and does not take a second, so it can never wait for itself. Direct loads
 * may hold all permits but one, so that the workers (whose queue puts a member's {@code /play} first) always
 * have one: a flood of {@code /add} cannot make another guild's {@code /play} wait behind it.
 */
final class ResolvePermits {
    private final Semaphore permits;
    private final Semaphore callers;
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    ResolvePermits(int count) {
        this.permits = new Semaphore(Math.max(1, count), true);
        this.callers = new Semaphore(Math.max(1, count - 1), true);
    }

    /**
     * Runs a worker's resolution with a permit, waiting for one.
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

    /**
     * Runs a direct load with a permit, waiting for one unless this thread already holds one; direct loads
     * leave one permit to the workers.
     *
     * @throws InterruptedException if the thread is interrupted while it waits (nobody wants the result)
     */
    <T> T runDirect(Supplier<T> resolution) throws InterruptedException {
        if (holding.get()) {
            return resolution.get();
        }
        callers.acquire();
        try {
            return run(resolution);
        } finally {
            callers.release();
        }
    }

    /** Permits free right now (for tests and metrics). */
    int available() {
        return permits.availablePermits();
    }
}
