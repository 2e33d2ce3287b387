package dev.musicbot.testkit.audio;

/**
 * A summary of a distribution, for example packet inter-arrival times in milliseconds.
 *
 * @param count number of values
 * @param p50 median (nearest rank)
 * @param p99 99th percentile (nearest rank)
 * @param max largest value
 */
public record Percentiles(int count, double p50, double p99, double max) {
    /** The summary of no values: every figure is 0. */
    public static final Percentiles EMPTY = new Percentiles(0, 0, 0, 0);
}
