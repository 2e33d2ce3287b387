package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;

/**
 * Amplitude modulation: the gain swings between 1 and 1 - {@value #DEPTH} at {@value #FREQUENCY_HZ} Hz, the
 * same in every channel.
 */
final class Tremolo extends InPlaceFilter {
    static final double FREQUENCY_HZ = 4;
    static final double DEPTH = 0.6;

    private final double step;
    private double phase;

    Tremolo(FloatPcmAudioFilter next, int sampleRate) {
        super(next);
        this.step = 2 * Math.PI * FREQUENCY_HZ / sampleRate;
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            float gain = (float) (1 - DEPTH * (0.5 - 0.5 * Math.cos(phase)));
            for (float[] channel : channels) {
                channel[i] *= gain;
            }
            phase = (phase + step) % (2 * Math.PI);
        }
    }

    @Override
    void reset() {
        phase = 0;
    }
}
