package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Needs the real ffmpeg executable (CI installs it). */
class AudioFixturesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(AudioFileFormat.class)
    void writesARealFileOfTheRequestedPitchAndLength(AudioFileFormat format) throws Exception {
        Path file = AudioFixtures.sine(dir, format, 440, Duration.ofSeconds(2));
        assertThat(file.getFileName().toString()).endsWith("." + format.extension());
        assertThat(Files.size(file)).isPositive();
        short[] pcm = AudioFixtures.decode(file);
        double seconds = pcm.length / 2 / 48_000.0;
        assertThat(seconds).isCloseTo(2.0, within(0.1));
        double[] mono = AudioAnalysis.mono(pcm, 2);
        assertThat(AudioAnalysis.dominantFrequency(mono, 48_000)).isCloseTo(440, within(2.0));
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.rms(pcm))).isCloseTo(-9.0, within(1.5));
    }

    @Test
    void writesAChordWithEachPartialPannedAsAsked() {
        Path file = AudioFixtures.chord(
                dir,
                AudioFileFormat.WAV,
                "centre-and-left",
                Duration.ofSeconds(1),
                Partial.centre(660, 0.3),
                new Partial(440, 0.2, 0));
        assertThat(file.getFileName().toString()).isEqualTo("centre-and-left.wav");
        short[] pcm = AudioFixtures.decode(file);
        double[] left = AudioAnalysis.channel(pcm, 2, 0);
        double[] right = AudioAnalysis.channel(pcm, 2, 1);
        assertThat(AudioAnalysis.amplitudeAt(left, 48_000, 660)).isCloseTo(0.3, within(0.01));
        assertThat(AudioAnalysis.amplitudeAt(right, 48_000, 660)).isCloseTo(0.3, within(0.01));
        assertThat(AudioAnalysis.amplitudeAt(left, 48_000, 440)).isCloseTo(0.2, within(0.01));
        assertThat(AudioAnalysis.amplitudeAt(right, 48_000, 440)).isLessThan(0.001);
    }

    @Test
    void writesTagsAndAmplitude() {
        Path file = AudioFixtures.write(
                dir,
                Tone.of(AudioFileFormat.WAV, 1000, Duration.ofMillis(500))
                        .withAmplitude(0.0)
                        .withTags("Silence", "Nobody"));
        assertThat(file.getFileName().toString()).isEqualTo("tone-1000hz-500ms-a0.wav");
        assertThat(AudioAnalysis.rms(AudioFixtures.decode(file))).isZero();
    }

    @Test
    void contentTypesFollowExtensions() {
        assertThat(AudioFileFormat.contentTypeOf("a.MP3")).isEqualTo("audio/mpeg");
        assertThat(AudioFileFormat.contentTypeOf("a.webm")).isEqualTo("audio/webm");
        assertThat(AudioFileFormat.contentTypeOf("a.m4a")).isEqualTo("audio/mp4");
        assertThat(AudioFileFormat.contentTypeOf("a.bin")).isEqualTo("application/octet-stream");
    }
}
