package dev.musicbot.runtime.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeCurveTest {
    @Test
    void endsMapToThemselves() {
        assertThat(VolumeCurve.toEngine(0)).isZero();
        assertThat(VolumeCurve.toEngine(100)).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 25, 50, 75, 90})
    void gainIsLinearInThePercentage(int percent) {
        double gain = VolumeCurve.relativeGain(VolumeCurve.toEngine(percent));
        assertThat(gain).isCloseTo(percent / 100.0, within(0.01));
    }

    @Test
    void fiftyIsAboutSixDecibelsDown() {
        double db = 20 * Math.log10(VolumeCurve.relativeGain(VolumeCurve.toEngine(50)));
        assertThat(db).isCloseTo(-6.02, within(0.1));
    }
}
