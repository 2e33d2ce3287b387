package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.testkit.support.SimTimeoutError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AudioRecorderTest {
    @Test
    void awaitsAudioRecordedFromAnotherThread() {
        AudioRecorder recorder = new AudioRecorder();
        AudioMark mark = recorder.mark();
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 30; i++) {
                recorder.record(System.nanoTime(), 1, i, 960L * i, 10, Signals.stereoSine(440, 0.5, 960));
            }
        });
        ReceivedAudio audio = recorder.awaitAudioAfter(mark, Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(audio.seconds()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void timesOutWithADescription() {
        assertThatThrownBy(() -> new AudioRecorder().awaitAudio(Duration.ofSeconds(1), Duration.ofMillis(100)))
                .isInstanceOf(SimTimeoutError.class)
                .hasMessageContaining("1.0 s of audio");
    }

    @Test
    void silenceWithoutAnyPacketsIsDetected() {
        ReceivedAudio quiet = new AudioRecorder().awaitSilence(Duration.ofMillis(100), -50, Duration.ofSeconds(2));
        assertThat(quiet.packetCount()).isZero();
        assertThat(quiet.window()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }
}
