package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;
import java.util.Arrays;

/**
 * Speed and pitch together, as a record played faster or slower: the input is read at {@code rate} input
 * samples per output sample (1.25 for nightcore: 25% faster and higher, a track of 5 s lasts 4 s) with
 * four-point cubic Hermite (Catmull-Rom) interpolation. Input not yet needed is kept for the next call; the
 * buffers grow to the largest chunk seen and are then reused.
 */
final class Timescale implements FloatPcmAudioFilter {
    private static final int HISTORY = 3;

    private final FloatPcmAudioFilter next;
    private final double rate;
    private final int channels;
    private float[][] pending;
    private float[][] output = new float[0][];
    private int available;
    /** Where the next output sample is, in input samples from {@code pending[c][1]}. */
    private double position;

    Timescale(FloatPcmAudioFilter next, int channels, double rate) {
        if (!(rate > 0.25 && rate < 4)) {
            throw new IllegalArgumentException("rate must be from 0.25 to 4: " + rate);
        }
        this.next = next;
        this.rate = rate;
        this.channels = channels;
        this.pending = new float[channels][1024];
        reset();
    }

    @Override
    public void process(float[][] input, int offset, int length) throws InterruptedException {
        append(input, offset, length);
        int produced = 0;
        int wanted = (int) Math.ceil((available - HISTORY - position) / rate) + 1;
        ensureOutput(Math.max(wanted, 1));
        while (position + 2 < available - 1) {
            int whole = (int) position;
            float t = (float) (position - whole);
            for (int c = 0; c < channels; c++) {
                float[] x = pending[c];
                output[c][produced] = hermite(x[whole], x[whole + 1], x[whole + 2], x[whole + 3], t);
            }
            produced++;
            position += rate;
        }
        discardConsumed();
        if (produced > 0) {
            next.process(output, 0, produced);
        }
    }

    static float hermite(float x0, float x1, float x2, float x3, float t) {
        float c1 = 0.5f * (x2 - x0);
        float c2 = x0 - 2.5f * x1 + 2f * x2 - 0.5f * x3;
        float c3 = 0.5f * (x3 - x0) + 1.5f * (x1 - x2);
        return ((c3 * t + c2) * t + c1) * t + x1;
    }

    private void append(float[][] input, int offset, int length) {
        if (available + length > pending[0].length) {
            int size = Math.max(pending[0].length * 2, available + length);
            for (int c = 0; c < channels; c++) {
                pending[c] = Arrays.copyOf(pending[c], size);
            }
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(input[Math.min(c, input.length - 1)], offset, pending[c], available, length);
        }
        available += length;
    }

    private void ensureOutput(int size) {
        if (output.length != channels || output[0].length < size) {
            output = new float[channels][Math.max(size, 1024)];
        }
    }

    /** Keeps the samples from the one before the next output's position on. */
    private void discardConsumed() {
        int drop = Math.min((int) position, available);
        if (drop <= 0) {
            return;
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(pending[c], drop, pending[c], 0, available - drop);
        }
        available -= drop;
        position -= drop;
    }

    private void reset() {
        for (float[] channel : pending) {
            Arrays.fill(channel, 0);
        }
        available = 1; // one silent sample before the start, for the interpolation
        position = 0;
    }

    @Override
    public void seekPerformed(long requestedTime, long providedTime) {
        reset();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
