package dev.musicbot.runtime.ops;

import java.lang.management.MemoryUsage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares heap use with a threshold (a percentage of the maximum heap) and warns once each time use crosses
 * it, with the figures; it says so again, at info, when use falls back under it. It never forces a garbage
 * collection: the JVM knows better when to collect.
 */
final class MemoryWatch {
    private static final Logger log = LoggerFactory.getLogger(MemoryWatch.class);
    private static final long MB = 1024 * 1024;

    private final Supplier<MemoryUsage> heap;
    private final int thresholdPercent;
    private boolean above;

    MemoryWatch(Supplier<MemoryUsage> heap, int thresholdPercent) {
        this.heap = heap;
        this.thresholdPercent = thresholdPercent;
    }

    /**
     * Reads the heap now.
     *
     * @return the reading
     */
    synchronized Reading check() {
        MemoryUsage usage = heap.get();
        long limit = usage.getMax() > 0 ? usage.getMax() : usage.getCommitted();
        int percent = limit > 0 ? (int) (usage.getUsed() * 100 / limit) : 0;
        boolean nowAbove = percent >= thresholdPercent;
        if (nowAbove && !above) {
            log.warn(
                    "Heap memory is at {}% ({} MB used of {} MB), above the {}% threshold (health.memory-threshold)",
                    percent, usage.getUsed() / MB, limit / MB, thresholdPercent);
        } else if (!nowAbove && above) {
            log.info(
                    "Heap memory is back under the {}% threshold: {}% ({} MB used)",
                    thresholdPercent, percent, usage.getUsed() / MB);
        }
        above = nowAbove;
        return new Reading(percent, nowAbove);
    }

    /**
     * One reading.
     *
     * @param percent heap used, in percent of the maximum
     * @param aboveThreshold whether that is at or above the threshold
     */
    record Reading(int percent, boolean aboveThreshold) {}
}
