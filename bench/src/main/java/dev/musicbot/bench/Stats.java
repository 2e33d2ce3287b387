package dev.musicbot.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a few hundred values. */
final class Stats {
    private Stats() {}

    static double percentile(Collection<Double> values, double fraction) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static double max(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static double mb(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
