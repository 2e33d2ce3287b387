package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PacketTimelineTest {
    private static final long MS = 1_000_000L;

    @Test
    void summarisesCadenceFromArrivalTimes() {
        PacketTimeline timeline = new PacketTimeline();
        long arrival = 5_000 * MS;
        for (int i = 0; i < 1000; i++) {
            // Every 100th packet comes 5 ms late; two come far too late (past the histogram's 200 ms range).
            long gap = i == 500 ? 270 : i == 700 ? 300 : i % 100 == 50 ? 25 : 20;
            arrival += i == 0 ? 0 : gap * MS;
            timeline.record(arrival, i, 100);
        }

        PacketTimeline.Summary summary = timeline.summary(arrival);

        assertThat(summary.packets()).isEqualTo(1000);
        assertThat(summary.bytes()).isEqualTo(100_000);
        assertThat(summary.seconds()).isCloseTo(20.56, within(0.001));
        assertThat(summary.packetsPerSecond()).isCloseTo(1000 / 20.56, within(0.01));
        assertThat(summary.p50Millis()).isCloseTo(20.0, within(0.11));
        assertThat(summary.p99Millis()).isCloseTo(25.0, within(0.11));
        assertThat(summary.p999Millis()).as("rank 999 of 999 intervals").isCloseTo(300.0, within(0.001));
        assertThat(summary.maxMillis()).isCloseTo(300.0, within(0.001));
        assertThat(summary.sequenceGaps()).isZero();
    }

    @Test
    void countsMissingSequenceNumbersAcrossTheWrap() {
        PacketTimeline timeline = new PacketTimeline();
        int[] sequences = {65_533, 65_534, 0, 1, 4, 5};
        for (int i = 0; i < sequences.length; i++) {
            timeline.record(i * 20 * MS, sequences[i], 10);
        }

        assertThat(timeline.summary(100 * MS).sequenceGaps())
                .as("65535, 2 and 3 are missing")
                .isEqualTo(3);
    }

    @Test
    void resetStartsANewWindow() {
        PacketTimeline timeline = new PacketTimeline();
        timeline.record(0, 1, 10);
        timeline.record(20 * MS, 9, 10);
        timeline.reset();
        assertThat(timeline.packets()).isZero();
        assertThat(timeline.firstArrivalNanos()).isEmpty();

        timeline.record(100 * MS, 10, 10);
        timeline.record(120 * MS, 11, 10);

        assertThat(timeline.firstArrivalNanos()).hasValue(100 * MS);
        assertThat(timeline.summary(120 * MS).sequenceGaps()).isZero();
        assertThat(timeline.summary(120 * MS).maxMillis()).isCloseTo(20.0, within(0.001));
    }
}
