package dev.musicbot.testkit.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A change counter that lets threads wait for a condition over state guarded elsewhere.
 *
 * <p>Conditions are evaluated without holding the signal's monitor, so they may take other locks freely.
 * Writers call {@link #fire()} after each change.
 */
public final class Signal {
    private long version;

    /** Wakes every waiter so that it re-evaluates its condition. */
    public synchronized void fire() {
        version++;
        notifyAll();
    }

    /**
     * Waits until {@code condition} yields a value.
     *
     * @param condition evaluated after every change; empty means "not yet"
     * @param timeout how long to wait at most
     * @param describe called on timeout to explain what was awaited and the state seen last
     * @return the condition's value
     * @throws SimTimeoutError on timeout
     */
    public <T> T await(Supplier<Optional<T>> condition, Duration timeout, Supplier<String> describe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = version();
            Optional<T> result = condition.get();
            if (result.isPresent()) {
                return result.get();
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new SimTimeoutError("Timed out after " + timeout + " waiting for " + describe.get());
            }
            waitForChange(seen, remaining);
        }
    }

    private synchronized long version() {
        return version;
    }

    private synchronized void waitForChange(long seen, long remainingNanos) {
        if (version != seen) {
            return;
        }
        // Wake at least every 50 ms so that time-based conditions are re-evaluated too.
        long millis = Math.max(1, Math.min(50, remainingNanos / 1_000_000));
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimTimeoutError("Interrupted while waiting");
        }
    }
}
