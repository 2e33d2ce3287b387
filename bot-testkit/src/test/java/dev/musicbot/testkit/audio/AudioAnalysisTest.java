package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudioAnalysisTest {
    @ParameterizedTest
    @ValueSource(doubles = {60, 440, 441.3, 1000, 5000.5})
    void findsTheFrequencyOfASineWithinAFractionOfAHertz(double frequency) {
        double[] samples = Signals.monoSine(frequency, 0.5, 48_000);
        assertThat(AudioAnalysis.dominantFrequency(samples, 48_000)).isCloseTo(frequency, within(0.5));
    }

    @Test
    void findsTheLoudestOfTwoTones() {
        double[] low = Signals.monoSine(220, 0.2, 96_000);
        double[] high = Signals.monoSine(880, 0.6, 96_000);
        double[] mix = new double[low.length];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = low[i] + high[i];
        }
        assertThat(AudioAnalysis.dominantFrequency(mix, 48_000)).isCloseTo(880, within(1.0));
    }

    @Test
    void aFullScaleSineIsAboutMinusThreeDbfs() {
        short[] sine = Signals.stereoSine(997, 1.0, 48_000);
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.rms(sine))).isCloseTo(-3.01, within(0.05));
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.peak(sine))).isCloseTo(0, within(0.01));
        short[] half = Signals.stereoSine(997, 0.5, 48_000);
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.rms(half))).isCloseTo(-9.03, within(0.05));
    }

    @Test
    void silenceHasNoLevelAndNoFrequency() {
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.rms(new short[9600]))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(AudioAnalysis.dbfs(AudioAnalysis.rms(new short[0]))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(AudioAnalysis.dominantFrequency(new double[48_000], 48_000)).isZero();
    }

    @Test
    void percentilesUseNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        Percentiles p = AudioAnalysis.percentiles(values);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(AudioAnalysis.percentiles(new double[0])).isEqualTo(Percentiles.EMPTY);
    }

    @Test
    void countsMissingSequenceNumbersAcrossTheWrap() {
        assertThat(AudioAnalysis.missingSequenceNumbers(new int[] {1, 2, 3, 4})).isZero();
        assertThat(AudioAnalysis.missingSequenceNumbers(new int[] {1, 2, 5, 6, 8}))
                .isEqualTo(3);
        assertThat(AudioAnalysis.missingSequenceNumbers(new int[] {65534, 65535, 1, 2}))
                .isEqualTo(1);
        assertThat(AudioAnalysis.missingSequenceNumbers(new int[] {5, 4, 5, 6})).isZero();
    }

    @Test
    void amplitudeAtMeasuresOneToneInAMix() {
        double[] a = Signals.monoSine(60, 0.4, 48_000);
        double[] b = Signals.monoSine(2000, 0.1, 48_000);
        double[] mix = new double[a.length];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = a[i] + b[i];
        }
        assertThat(AudioAnalysis.amplitudeAt(mix, 48_000, 60)).isCloseTo(0.4, within(0.005));
        assertThat(AudioAnalysis.amplitudeAt(mix, 48_000, 2000)).isCloseTo(0.1, within(0.005));
        assertThat(AudioAnalysis.amplitudeAt(mix, 48_000, 700)).isLessThan(0.001);
    }
}
