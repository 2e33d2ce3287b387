package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;
import java.util.Arrays;

/**
 * Pitch modulation by a delay line whose length swings by {@value #WIDTH_SECONDS} s either way at
 * {@value #FREQUENCY_HZ} Hz: reading a moving point of the past raises and lowers the pitch (here by about 3%
 * either way, half a semitone). Fractional delays are read with linear interpolation.
 */
final class Vibrato extends InPlaceFilter {
    static final double FREQUENCY_HZ = 5;
    static final double WIDTH_SECONDS = 0.001;

    private final double step;
    private final double width;
    private final float[][] delay;
    private int write;
    private double phase;

    Vibrato(FloatPcmAudioFilter next, int channels, int sampleRate) {
        super(next);
        this.step = 2 * Math.PI * FREQUENCY_HZ / sampleRate;
        this.width = WIDTH_SECONDS * sampleRate;
        this.delay = new float[channels][(int) Math.ceil(width * 2) + 4];
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        int size = delay[0].length;
        for (int i = offset; i < offset + length; i++) {
            double lag = 1 + width + width * Math.sin(phase); // 1 to 1 + 2 * width samples
            double read = write - lag + size;
            int whole = (int) read;
            float fraction = (float) (read - whole);
            for (int c = 0; c < Math.min(channels.length, delay.length); c++) {
                float[] line = delay[c];
                line[write] = channels[c][i];
                float a = line[whole % size];
                float b = line[(whole + 1) % size];
                channels[c][i] = a + (b - a) * fraction;
            }
            write = (write + 1) % size;
            phase = (phase + step) % (2 * Math.PI);
        }
    }

    @Override
    void reset() {
        for (float[] line : delay) {
            Arrays.fill(line, 0);
        }
        phase = 0;
    }
}
