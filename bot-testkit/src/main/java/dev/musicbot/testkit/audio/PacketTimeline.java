package dev.musicbot.testkit.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The cheap record of a packet stream: arrival times, sequence numbers and sizes, kept as counters and a
 * histogram of inter-arrival times (0.1 ms buckets up to 200 ms, larger gaps kept exactly), so that a thousand
 * streams can be watched for minutes without decoding or keeping a packet. Written by one receiving thread,
 * read by others: thread-safe.
 */
public final class PacketTimeline {
    private static final double BUCKET_MILLIS = 0.1;
    private static final int BUCKETS = 2_000;

    private final int[] histogram = new int[BUCKETS];
    private final List<Double> overflow = new ArrayList<>();
    private long packets;
    private long bytes;
    private long firstNanos;
    private long lastNanos;
    private int lastSequence = -1;
    private long sequenceGaps;
    private double maxMillis;

    /** Records one packet. */
    public synchronized void record(long arrivalNanos, int sequence, int size) {
        if (packets > 0) {
            double millis = (arrivalNanos - lastNanos) / 1e6;
            int bucket = (int) (millis / BUCKET_MILLIS);
            if (bucket < BUCKETS) {
                histogram[Math.max(bucket, 0)]++;
            } else {
                overflow.add(millis);
            }
            maxMillis = Math.max(maxMillis, millis);
            int expected = (lastSequence + 1) & 0xFFFF;
            if (sequence != expected) {
                // A forward jump of d means d - 1 packets never arrived; a backward one is a reorder or a restart.
                int distance = (sequence - expected) & 0xFFFF;
                sequenceGaps += distance < 0x8000 ? distance : 1;
            }
        } else {
            firstNanos = arrivalNanos;
        }
        packets++;
        bytes += size;
        lastNanos = arrivalNanos;
        lastSequence = sequence;
    }

    /** Forgets everything recorded so far: the next packet starts a new window. */
    public synchronized void reset() {
        Arrays.fill(histogram, 0);
        overflow.clear();
        packets = 0;
        bytes = 0;
        sequenceGaps = 0;
        maxMillis = 0;
        lastSequence = -1;
    }

    /** Packets recorded since the last reset. */
    public synchronized long packets() {
        return packets;
    }

    /** Arrival of the first packet since the last reset ({@link System#nanoTime()}), or empty. */
    public synchronized OptionalLong firstArrivalNanos() {
        return packets == 0 ? OptionalLong.empty() : OptionalLong.of(firstNanos);
    }

    /** The figures of the window since the last reset, ending at {@code nowNanos}. */
    public synchronized Summary summary(long nowNanos) {
        double seconds = packets == 0 ? 0 : (nowNanos - firstNanos) / 1e9;
        long intervals = Math.max(packets - 1, 0);
        return new Summary(
                packets,
                bytes,
                seconds,
                seconds > 0 ? packets / seconds : 0,
                percentile(intervals, 0.50),
                percentile(intervals, 0.99),
                percentile(intervals, 0.999),
                maxMillis,
                sequenceGaps);
    }

    private double percentile(long intervals, double fraction) {
        if (intervals == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * intervals));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += histogram[i];
            if (seen >= rank) {
                return (i + 1) * BUCKET_MILLIS; // the bucket's upper edge: never better than what happened
            }
        }
        List<Double> sorted = overflow.stream().sorted().toList();
        return sorted.get((int) Math.min(rank - seen - 1, sorted.size() - 1));
    }

    /**
     * The figures of one window.
     *
     * @param packets packets received
     * @param bytes bytes received (whole datagrams)
     * @param seconds from the first packet to the end of the window
     * @param packetsPerSecond packets over seconds
     * @param p50Millis median inter-arrival time
     * @param p99Millis 99th percentile inter-arrival time
     * @param p999Millis 99.9th percentile inter-arrival time
     * @param maxMillis longest inter-arrival time
     * @param sequenceGaps packets missing from the RTP sequence
     */
    public record Summary(
            long packets,
            long bytes,
            double seconds,
            double packetsPerSecond,
            double p50Millis,
            double p99Millis,
            double p999Millis,
            double maxMillis,
            long sequenceGaps) {}
}
