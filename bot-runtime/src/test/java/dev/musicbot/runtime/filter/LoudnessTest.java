package dev.musicbot.runtime.filter;

import static dev.musicbot.runtime.filter.Pcm.sine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.api.playback.AudioFilters;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The BS.1770 meter against the standard's own reference facts, and the normaliser built on it. */
class LoudnessTest {
    private static double measure(float[] left, float[] right) {
        LoudnessMeter meter = new LoudnessMeter(2);
        for (int from = 0; from < left.length; from += 960) {
            int to = Math.min(left.length, from + 960);
            meter.add(
                    new float[][] {Arrays.copyOfRange(left, from, to), Arrays.copyOfRange(right, from, to)},
                    0,
                    to - from);
        }
        return meter.integrated();
    }

    private static float[] concat(float[] a, float[] b) {
        float[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aFullScaleOneKilohertzSineInOneChannelIsMinusThreeLufs() {
        // BS.1770-4: "a 0 dB FS 1 kHz sine wave applied to the left, centre or right channel input" reads -3.01 LKFS
        float[] tone = sine(1000, 1.0, 5);
        assertThat(measure(tone, new float[tone.length])).isCloseTo(-3.01, within(0.05));
        assertThat(measure(new float[tone.length], tone)).isCloseTo(-3.01, within(0.05));
    }

    @Test
    void silenceIsGatedOutAndQuietPassagesFarBelowTheRestToo() {
        float[] tone = sine(1000, 0.1, 4);
        double alone = measure(tone, tone);
        float[] withSilence = concat(tone, new float[Pcm.RATE * 10]);
        // only the blocks that straddle the end of the tone are counted besides it
        assertThat(measure(withSilence, withSilence)).as("absolute gate").isCloseTo(alone, within(0.3));
        float[] withWhisper = concat(tone, sine(1000, 0.01, 4)); // 20 dB quieter: below the relative gate
        assertThat(measure(withWhisper, withWhisper)).as("relative gate").isCloseTo(alone, within(0.3));
        assertThat(measure(new float[Pcm.RATE], new float[Pcm.RATE])).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void tracksFourteenDecibelsApartComeOutAtTheTarget() throws InterruptedException {
        double[] results = new double[2];
        double[] amplitudes = {0.5, 0.1};
        for (int i = 0; i < 2; i++) {
            float[] tone = sine(440, amplitudes[i], 8);
            float[][] out = Pcm.run(AudioFilters.NONE, true, tone, tone.clone(), 960);
            results[i] = measure(Pcm.slice(out[0], 4, 8), Pcm.slice(out[1], 4, 8));
        }
        assertThat(results[0]).isCloseTo(TrackLoudness.DEFAULT_TARGET_LUFS, within(0.5));
        assertThat(results[1]).isCloseTo(TrackLoudness.DEFAULT_TARGET_LUFS, within(0.5));
    }

    @Test
    void theLimiterKeepsPeaksUnderTheCeiling() throws InterruptedException {
        float[] quiet = sine(440, 0.05, 6); // about -26.7 LUFS, so raised by about 12.7 dB
        for (int i = 0; i < quiet.length; i += Pcm.RATE) {
            quiet[i] = 0.9f; // a click that the gain would push far past full scale
        }
        float[][] out = Pcm.run(AudioFilters.NONE, true, quiet, quiet.clone(), 960);
        float peak = 0;
        for (float sample : out[0]) {
            peak = Math.max(peak, Math.abs(sample));
        }
        assertThat(peak).isLessThanOrEqualTo(Normalizer.CEILING);
        // between clicks, once the limiter has released (100 ms), the tone is raised by about the full gain
        assertThat(Pcm.rms(out[0], Pcm.RATE * 4 + 24_000, Pcm.RATE * 5))
                .as("the tone itself is raised")
                .isGreaterThan(0.12);
    }

    @Test
    void aConfiguredTargetIsReachedToo() throws InterruptedException {
        float[] tone = sine(440, 0.1, 8);
        float[][] out = Pcm.run(AudioFilters.NONE, TrackLoudness.inMemory(-23), tone, tone.clone(), 960);
        assertThat(measure(Pcm.slice(out[0], 4, 8), Pcm.slice(out[1], 4, 8))).isCloseTo(-23, within(0.5));
    }

    @Test
    void aMeasuredLoudnessIsRememberedAndTheNextPlayStartsAtItsGain() throws InterruptedException {
        TrackLoudness loudness = TrackLoudness.inMemory(-14);
        float[] tone = sine(440, 0.05, 4);
        double input = measure(tone, tone);
        Pcm.run(AudioFilters.NONE, loudness, Pcm.track("https://music.example/quiet.opus"), tone, tone.clone(), 960);
        assertThat(loudness.of(Pcm.track("https://music.example/quiet.opus")).orElseThrow())
                .isCloseTo(input, within(0.1));

        float[][] again = Pcm.run(
                AudioFilters.NONE, loudness, Pcm.track("https://music.example/quiet.opus"), tone, tone.clone(), 960);
        // the first 400 ms: while measuring, no block is complete yet and the gain would still be 1
        assertThat(measure(Pcm.slice(again[0], 0, 0.4), Pcm.slice(again[1], 0, 0.4)))
                .isCloseTo(-14, within(0.5));
    }

    @Test
    void aKnownLoudnessFromTagsAppliesFromTheFirstSampleWithoutMeasuring() throws InterruptedException {
        TrackLoudness loudness = TrackLoudness.inMemory(-14);
        loudness.remember(Pcm.track("https://music.example/tagged.mp3"), -20); // the tags say -20 LUFS
        float[] tone = sine(440, 0.1, 4); // it measures about -20.8 LUFS
        float[][] out = Pcm.run(
                AudioFilters.NONE, loudness, Pcm.track("https://music.example/tagged.mp3"), tone, tone.clone(), 960);
        assertThat(Pcm.rms(out[0], 0, 4800) / Pcm.rms(tone, 0, 4800))
                .as("6 dB up from the first 100 ms")
                .isCloseTo(Math.pow(10, 6 / 20.0), within(0.02));
        assertThat(loudness.of(Pcm.track("https://music.example/tagged.mp3"))).hasValue(-20);
    }

    @Test
    void normalisationAloneStillNeedsAFactory() {
        assertThat(FilterFactory.of(AudioFilters.NONE, TrackLoudness.inMemory(-14)))
                .isNotNull();
        assertThat(FilterFactory.of(AudioFilters.NONE, null)).isNull();
    }
}
