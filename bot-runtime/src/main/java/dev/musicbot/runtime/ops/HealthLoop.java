package dev.musicbot.runtime.ops;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the maintenance steps (memory, voice connections, caches, temporary files) one after the other, every
 * interval, on one virtual thread. A step that fails is logged and does not stop the others.
 */
final class HealthLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthLoop.class);

    private final List<Step> steps;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("health-loop").factory());

    HealthLoop(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Runs the steps every {@code interval}, the first time one interval from now. */
    void start(Duration interval) {
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs every step once, now. */
    void runOnce() {
        for (Step step : steps) {
            try {
                step.action().run();
            } catch (RuntimeException e) {
                log.warn("Health loop: the '{}' step failed", step.name(), e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One maintenance step.
     *
     * @param name what it does, for the log
     * @param action the work; it must not block for long
     */
    record Step(String name, Runnable action) {}
}
