package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OpusFrameDecoderTest {
    @Test
    void decodesFramesEncodedFromA440HzSineBackToA440HzSine() throws Exception {
        OpusEncoder encoder = new OpusEncoder(48_000, 2, OpusApplication.OPUS_APPLICATION_AUDIO);
        encoder.setBitrate(96_000);
        short[] input = Signals.stereoSine(440, 0.5, 48_000 * 3 / 2);
        OpusFrameDecoder decoder = new OpusFrameDecoder();
        short[] output = new short[0];
        byte[] packet = new byte[4000];
        for (int frame = 0; frame + 960 * 2 <= input.length; frame += 960 * 2) {
            int length = encoder.encode(input, frame, 960, packet, 0, packet.length);
            short[] pcm = decoder.decode(Arrays.copyOf(packet, length));
            assertThat(pcm).hasSize(960 * 2);
            output = concat(output, pcm);
        }
        double[] mono = AudioAnalysis.mono(Arrays.copyOfRange(output, 9600, output.length), 2);
        assertThat(mono.length).isGreaterThanOrEqualTo(48_000);
        assertThat(AudioAnalysis.dominantFrequency(mono, 48_000)).isCloseTo(440, within(2.0));
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.rms(output))).isCloseTo(-9.0, within(1.5));
    }

    @Test
    void decodesDiscordsSilenceFrameToSilence() {
        short[] pcm = new OpusFrameDecoder().decode(new byte[] {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE});
        assertThat(pcm).hasSize(960 * 2).containsOnly((short) 0);
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> new OpusFrameDecoder().decode(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static short[] concat(short[] a, short[] b) {
        short[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
