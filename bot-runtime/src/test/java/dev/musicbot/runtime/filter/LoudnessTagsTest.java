package dev.musicbot.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.testkit.audio.AudioFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ReplayGain and R128 tags, in files ffmpeg tagged and in hand-made headers, turned into a loudness. */
class LoudnessTagsTest {
    @TempDir
    Path dir;

    /** A one-second 440 Hz file that ffmpeg encoded with {@code codec} and tagged {@code key=value}. */
    private byte[] tagged(String name, String codec, String key, String value) throws Exception {
        assertThat(AudioFixtures.ffmpegAvailable()).as("ffmpeg on the PATH").isTrue();
        Path file = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-nostdin",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "sine=440:d=1",
                "-ac",
                "2"));
        if (codec != null) {
            command.addAll(List.of("-c:a", codec));
        }
        command.addAll(List.of("-metadata", key + "=" + value, file.toString()));
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue())
                .as(new String(ffmpeg.getInputStream().readAllBytes()))
                .isZero();
        byte[] all = Files.readAllBytes(file);
        return java.util.Arrays.copyOf(all, Math.min(all.length, TagReader.HEAD_BYTES));
    }

    @Test
    void replayGainInAnMp3sId3TagIsRelativeToMinusEighteenLufs() throws Exception {
        byte[] mp3 = tagged("rg.mp3", "libmp3lame", "REPLAYGAIN_TRACK_GAIN", "-6.50 dB");
        assertThat(LoudnessTags.loudness(mp3).orElseThrow()).isCloseTo(-11.5, within(1e-9));
    }

    @Test
    void replayGainInVorbisCommentsOfOggVorbisOggOpusAndFlac() throws Exception {
        assertThat(LoudnessTags.loudness(tagged("rg.ogg", "libvorbis", "REPLAYGAIN_TRACK_GAIN", "+3.5 dB"))
                        .orElseThrow())
                .isCloseTo(-21.5, within(1e-9));
        assertThat(LoudnessTags.loudness(tagged("rg.opus", "libopus", "REPLAYGAIN_TRACK_GAIN", "-2.00 dB"))
                        .orElseThrow())
                .isCloseTo(-16, within(1e-9));
        assertThat(LoudnessTags.loudness(tagged("rg.flac", null, "replaygain_track_gain", "1,25 dB"))
                        .orElseThrow())
                .as("lower-case key, decimal comma")
                .isCloseTo(-19.25, within(1e-9));
    }

    @Test
    void opusR128GainIsQ78DecibelsRelativeToMinusTwentyThreeLufs() throws Exception {
        // -1536 / 256 = -6 dB: the track is 6 dB louder than -23 LUFS
        assertThat(LoudnessTags.loudness(tagged("r128.opus", "libopus", "R128_TRACK_GAIN", "-1536"))
                        .orElseThrow())
                .isCloseTo(-17, within(1e-9));
    }

    @Test
    void untaggedMalformedAndImplausibleGainsGiveNothing() throws Exception {
        assertThat(LoudnessTags.loudness(tagged("plain.opus", "libopus", "title", "no gain")))
                .isEmpty();
        assertThat(LoudnessTags.loudness(tagged("plain.mp3", "libmp3lame", "title", "no gain")))
                .isEmpty();
        assertThat(LoudnessTags.loudness(tagged("words.opus", "libopus", "REPLAYGAIN_TRACK_GAIN", "loud")))
                .isEmpty();
        assertThat(LoudnessTags.loudness(tagged("huge.flac", null, "REPLAYGAIN_TRACK_GAIN", "-45 dB")))
                .isEmpty();
        assertThat(LoudnessTags.replayGain("NaN dB")).isEmpty();
        assertThat(LoudnessTags.r128("99999")).as("390 dB").isEmpty();
        assertThat(LoudnessTags.loudness(new byte[0])).isEmpty();
        assertThat(LoudnessTags.loudness("RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void truncatedOrLyingHeadersEndTheSearchInsteadOfThrowing() throws IOException {
        ByteArrayOutputStream id3 = new ByteArrayOutputStream();
        id3.write("ID3".getBytes(StandardCharsets.US_ASCII));
        id3.write(new byte[] {4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f}); // a size far beyond the bytes there are
        id3.write("TXXX".getBytes(StandardCharsets.US_ASCII));
        id3.write(new byte[] {0x7f, 0x7f, 0x7f, 0x7f, 0, 0, 3});
        id3.write("REPLAYGAIN_TRACK_GAIN".getBytes(StandardCharsets.US_ASCII));
        assertThat(LoudnessTags.loudness(id3.toByteArray())).isEmpty();

        byte[] flac = {'f', 'L', 'a', 'C', 4, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThat(LoudnessTags.loudness(flac)).isEqualTo(OptionalDouble.empty());
        byte[] ogg = {'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 100};
        assertThat(LoudnessTags.loudness(ogg)).isEmpty();
    }
}
