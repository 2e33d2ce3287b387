package dev.musicbot.runtime.filter;

import static dev.musicbot.runtime.filter.Pcm.amplitudeAt;
import static dev.musicbot.runtime.filter.Pcm.db;
import static dev.musicbot.runtime.filter.Pcm.frequency;
import static dev.musicbot.runtime.filter.Pcm.plus;
import static dev.musicbot.runtime.filter.Pcm.rms;
import static dev.musicbot.runtime.filter.Pcm.sine;
import static dev.musicbot.runtime.filter.Pcm.slice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each preset's DSP, measured on synthetic PCM run through the chain LavaPlayer gets. */
class FilterFactoryTest {
    private static final float[] SILENCE = new float[Pcm.RATE];

    private static float[][] stereo(AudioFilters filters, float[] both) throws InterruptedException {
        return Pcm.run(filters, both, both.clone());
    }

    @Test
    void noFilterMeansNoFactorySoOpusPassesThrough() {
        assertThat(FilterFactory.of(AudioFilters.NONE)).isNull();
        assertThat(FilterFactory.of(AudioFilters.NONE.withEqualizer(Collections.nCopies(15, 0.0))))
                .isNull();
        assertThat(FilterFactory.of(AudioFilters.of(FilterPreset.KARAOKE))).isNotNull();
    }

    @Test
    void nightcoreRaisesThePitchAndShortensByAQuarter() throws InterruptedException {
        float[][] out = stereo(AudioFilters.of(FilterPreset.NIGHTCORE), sine(440, 0.5, 2));
        assertThat(out[0].length).isCloseTo(2 * Pcm.RATE * 4 / 5, within(8));
        assertThat(frequency(slice(out[0], 0.1, 1.5))).isCloseTo(550, within(0.5));
        assertThat(rms(out[0], 4800, 60000)).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
    }

    @Test
    void vaporwaveLowersThePitchAndLengthens() throws InterruptedException {
        float[][] out = stereo(AudioFilters.of(FilterPreset.VAPORWAVE), sine(440, 0.5, 2));
        assertThat(out[1].length).isCloseTo(2 * Pcm.RATE * 5 / 4, within(8));
        assertThat(frequency(slice(out[1], 0.1, 2.4))).isCloseTo(352, within(0.5));
    }

    @Test
    void timescaleOutputDoesNotDependOnHowTheInputIsChunked() throws InterruptedException {
        float[] tone = plus(sine(440, 0.3, 1), sine(3000, 0.2, 1));
        AudioFilters nightcore = AudioFilters.of(FilterPreset.NIGHTCORE);
        float[][] big = Pcm.run(nightcore, tone, tone, 960);
        float[][] odd = Pcm.run(nightcore, tone, tone, 337);
        assertThat(odd[0].length).isCloseTo(big[0].length, within(2));
        for (int i = 0; i < Math.min(big[0].length, odd[0].length); i++) {
            assertThat(odd[0][i]).as("sample %d", i).isCloseTo(big[0][i], within(1e-5f));
        }
    }

    @Test
    void bassBoostRaisesSixtyHertzAndLeavesTwoKilohertz() throws InterruptedException {
        float[] mix = plus(sine(60, 0.1, 2), sine(2000, 0.1, 2));
        double previous = 0;
        for (int level = 1; level <= AudioFilters.MAX_LEVEL; level++) {
            float[] out = slice(stereo(new AudioFilters(FilterPreset.BASS_BOOST, level, List.of()), mix)[0], 0.5, 2);
            double bass = db(amplitudeAt(out, 60) / 0.1);
            assertThat(bass).as("level %d", level).isGreaterThan(previous + 2);
            assertThat(db(amplitudeAt(out, 2000) / 0.1))
                    .as("2 kHz at level %d", level)
                    .isCloseTo(0, within(0.5));
            previous = bass;
        }
        assertThat(previous).as("extreme").isGreaterThan(10);
    }

    @Test
    void equalizerBandsAreLavaPlayersOwn() throws InterruptedException {
        List<Double> gains = new ArrayList<>(Collections.nCopies(15, 0.0));
        gains.set(8, 0.25); // 1 kHz doubled
        float[] mix = plus(sine(1000, 0.1, 2), sine(100, 0.1, 2));
        float[] out = slice(stereo(AudioFilters.NONE.withEqualizer(gains), mix)[0], 0.5, 2);
        assertThat(db(amplitudeAt(out, 1000) / 0.1)).isCloseTo(6, within(1.0));
        assertThat(db(amplitudeAt(out, 100) / 0.1)).isCloseTo(0, within(0.5));
    }

    @Test
    void karaokeRemovesTheCentreAndKeepsAHardLeftToneAndTheBass() throws InterruptedException {
        float[] centre = sine(660, 0.3, 2);
        float[] bass = sine(60, 0.3, 2);
        float[] left = plus(plus(centre, bass), sine(440, 0.3, 2));
        float[] right = plus(centre, bass);
        float[][] out = Pcm.run(AudioFilters.of(FilterPreset.KARAOKE), left, right);
        for (float[] channel : out) {
            float[] steady = slice(channel, 0.5, 2);
            assertThat(db(amplitudeAt(steady, 660) / 0.3)).as("centre").isLessThan(-30);
            assertThat(db(amplitudeAt(steady, 440) / 0.3)).as("hard left").isCloseTo(0, within(0.5));
            assertThat(db(amplitudeAt(steady, 60) / 0.3)).as("bass").isGreaterThan(-3);
        }
    }

    @Test
    void lowPassKeepsTheLowsAndCutsTheHighs() throws InterruptedException {
        float[] mix = plus(sine(150, 0.2, 2), sine(3000, 0.2, 2));
        float[] out = slice(stereo(AudioFilters.of(FilterPreset.LOW_PASS), mix)[0], 0.5, 2);
        assertThat(db(amplitudeAt(out, 150) / 0.2)).isCloseTo(0, within(1.0));
        assertThat(db(amplitudeAt(out, 3000) / 0.2)).isLessThan(-50);
    }

    @Test
    void tremoloSwingsTheLevelFourTimesASecond() throws InterruptedException {
        float[] out = stereo(AudioFilters.of(FilterPreset.TREMOLO), sine(440, 0.5, 1))[0];
        double loud = rms(out, 0, 2400); // around the first peak of the gain (phase 0)
        double quiet = rms(out, 4800, 7200); // around the first trough, an eighth of a second in
        assertThat(db(quiet / loud)).isLessThan(-6);
        assertThat(rms(out, 12000, 14400)).as("a whole period later").isCloseTo(loud, within(0.01));
    }

    @Test
    void rotationMovesTheSoundFromSideToSideAtConstantPower() throws InterruptedException {
        float[][] out = stereo(AudioFilters.of(FilterPreset.ROTATION), sine(440, 0.5, 5));
        int quarter = Pcm.RATE * 5 / 4; // sin(phase) peaks a quarter period (1.25 s) in: all right
        int threeQuarters = quarter * 3; // and is lowest three quarters in: all left
        assertThat(rms(out[0], quarter - 480, quarter + 480)).isLessThan(0.01);
        assertThat(rms(out[1], threeQuarters - 480, threeQuarters + 480)).isLessThan(0.01);
        for (int at = 4800; at < out[0].length - 4800; at += 24000) {
            double power = Math.pow(rms(out[0], at, at + 960), 2) + Math.pow(rms(out[1], at, at + 960), 2);
            assertThat(power).as("power at %d", at).isCloseTo(0.125, within(0.005));
        }
    }

    @Test
    void vibratoBendsThePitchAroundTheOriginal() throws InterruptedException {
        float[] out = stereo(AudioFilters.of(FilterPreset.VIBRATO), sine(440, 0.5, 2))[0];
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (double at = 0.1; at < 1.9; at += 0.02) {
            double hz = frequency(slice(out, at, at + 0.03));
            lowest = Math.min(lowest, hz);
            highest = Math.max(highest, hz);
        }
        assertThat(frequency(slice(out, 0.1, 1.9))).as("on average").isCloseTo(440, within(2.0));
        assertThat(highest - lowest).isBetween(15.0, 40.0);
    }

    @Test
    void silenceStaysSilentThroughEveryPreset() throws InterruptedException {
        for (FilterPreset preset : FilterPreset.values()) {
            int level = preset == FilterPreset.BASS_BOOST ? AudioFilters.MAX_LEVEL : 0;
            float[][] out = stereo(new AudioFilters(preset, level, List.of()), SILENCE);
            assertThat(rms(out[0], 0, out[0].length)).as(preset.name()).isZero();
        }
    }
}
