package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivedAudioTest {
    private static final long MS = 1_000_000;

    /** 100 packets of a 440 Hz sine, 20 ms apart, starting at t=1000 ms, then silence. */
    private static ReceivedAudio twoSecondsOfTone(long windowEndMillis) {
        short[] sine = Signals.stereoSine(440, 0.5, 960 * 100);
        List<ReceivedPacket> packets = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            short[] pcm = Arrays.copyOfRange(sine, i * 1920, (i + 1) * 1920);
            packets.add(new ReceivedPacket(i, (1000 + 20L * i) * MS, 7, i, 960L * i, 100, pcm));
        }
        return new ReceivedAudio(packets, 0, windowEndMillis * MS);
    }

    @Test
    void measuresCadenceLengthPitchAndLevel() {
        ReceivedAudio audio = twoSecondsOfTone(3000);
        assertThat(audio.seconds()).isCloseTo(2.0, within(1e-9));
        assertThat(audio.packetsPerSecond()).isCloseTo(50, within(0.01));
        assertThat(audio.interArrivalMillis().p99()).isCloseTo(20, within(1e-6));
        assertThat(audio.dominantFrequency()).isCloseTo(440, within(2.0));
        assertThat(audio.dbfs()).isCloseTo(-9.03, within(0.1));
        assertThat(audio.missingPackets()).isZero();
        assertThat(audio.ssrcs()).containsExactly(7L);
        assertThat(audio.window()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aWindowWithoutPacketsIsSilent() {
        ReceivedAudio audio = twoSecondsOfTone(4000);
        ReceivedAudio tail = audio.last(Duration.ofSeconds(1));
        assertThat(tail.packetCount()).isZero();
        assertThat(tail.isSilent()).isTrue();
        assertThat(tail.dbfs()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(audio.isSilent()).isFalse();
        assertThat(new ReceivedAudio(List.of(), 0, 0).isSilent(-90)).isTrue();
    }

    @Test
    void silentPacketsAreSilentToo() {
        ReceivedPacket quiet = new ReceivedPacket(0, 0, 1, 0, 0, 3, new short[1920]);
        assertThat(new ReceivedAudio(List.of(quiet), 0, 20 * MS).isSilent(-60)).isTrue();
    }

    @Test
    void narrowsByMarkTimeAndAudioLength() {
        ReceivedAudio audio = twoSecondsOfTone(3000);
        assertThat(audio.since(new AudioMark(1500 * MS, 25)).packetCount()).isEqualTo(75);
        assertThat(audio.between(new AudioMark(0, 10), new AudioMark(1500 * MS, 20))
                        .packetCount())
                .isEqualTo(10);
        assertThat(audio.last(Duration.ofMillis(1500)).packetCount()).isEqualTo(75);
        assertThat(audio.lastAudio(Duration.ofMillis(500)).seconds()).isCloseTo(0.5, within(1e-9));
        assertThat(audio.skipAudio(Duration.ofMillis(1500)).packetCount()).isEqualTo(25);
    }

    @Test
    void countsGapsPerSsrc() {
        List<ReceivedPacket> packets = List.of(
                new ReceivedPacket(0, 0, 1, 10, 0, 1, new short[0]),
                new ReceivedPacket(1, 20 * MS, 1, 13, 0, 1, new short[0]),
                new ReceivedPacket(2, 40 * MS, 2, 500, 0, 1, new short[0]),
                new ReceivedPacket(3, 60 * MS, 2, 501, 0, 1, new short[0]));
        assertThat(new ReceivedAudio(packets, 0, 60 * MS).missingPackets()).isEqualTo(2);
    }
}
