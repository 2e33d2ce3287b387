package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;

/**
 * "8D audio": the stereo image pans from side to side and back every {@code 1 / }{@value #FREQUENCY_HZ}
 * seconds, with a constant-power pan law (left gain cos, right gain sin of an angle from 0 to 90 degrees), so
 * the loudness stays even while the sound moves. Mono input passes unchanged.
 */
final class Rotation extends InPlaceFilter {
    static final double FREQUENCY_HZ = 0.2;

    private final double step;
    private double phase;

    Rotation(FloatPcmAudioFilter next, int sampleRate) {
        super(next);
        this.step = 2 * Math.PI * FREQUENCY_HZ / sampleRate;
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        if (channels.length < 2) {
            return;
        }
        float[] left = channels[0];
        float[] right = channels[1];
        for (int i = offset; i < offset + length; i++) {
            double angle = (Math.sin(phase) + 1) * Math.PI / 4;
            left[i] *= (float) Math.cos(angle);
            right[i] *= (float) Math.sin(angle);
            phase = (phase + step) % (2 * Math.PI);
        }
    }

    @Override
    void reset() {
        phase = 0;
    }
}
