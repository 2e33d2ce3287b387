package dev.musicbot.runtime.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrated loudness per ITU-R BS.1770-4 (the measure EBU R128 uses), for 48 kHz: each channel K-weighted
 * (the standard's shelving pre-filter and RLB high-pass, with its published 48 kHz coefficients), mean squares
 * over 400 ms blocks overlapping by 75% (one every 100 ms), then two gates: blocks below -70 LUFS are dropped,
 * and then blocks more than 10 LU below the loudness of the rest. Left and right weigh 1. Not thread-safe.
 */
final class LoudnessMeter {
    static final int SAMPLE_RATE = 48_000;
    private static final int STEP = SAMPLE_RATE / 10; // 100 ms
    private static final double ABSOLUTE_GATE = -70;
    private static final double RELATIVE_GATE = -10;

    private final Biquad[] shelf;
    private final Biquad[] highPass;
    private final double[] steps = new double[4];
    private final List<Double> blocks = new ArrayList<>();
    private double current;
    private int inStep;
    private int stepsSeen;

    LoudnessMeter(int channels) {
        shelf = new Biquad[channels];
        highPass = new Biquad[channels];
        for (int c = 0; c < channels; c++) {
            shelf[c] = Biquad.of(
                    1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585);
            highPass[c] = Biquad.of(1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621);
        }
    }

    /** Adds samples of every channel. */
    void add(float[][] channels, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            double sum = 0;
            for (int c = 0; c < shelf.length; c++) {
                double weighted = highPass[c].next(shelf[c].next(channels[Math.min(c, channels.length - 1)][i]));
                sum += weighted * weighted;
            }
            current += sum;
            if (++inStep == STEP) {
                endStep();
            }
        }
    }

    private void endStep() {
        steps[stepsSeen % 4] = current / STEP;
        stepsSeen++;
        current = 0;
        inStep = 0;
        if (stepsSeen >= 4) {
            blocks.add((steps[0] + steps[1] + steps[2] + steps[3]) / 4);
        }
    }

    /** Seconds of audio measured so far. */
    double seconds() {
        return (stepsSeen * (double) STEP + inStep) / SAMPLE_RATE;
    }

    /** The gated loudness of what was added, in LUFS; {@code -Infinity} while nothing passes the gates. */
    double integrated() {
        double absolute = gatedMean(energy(ABSOLUTE_GATE));
        if (absolute == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return lufs(gatedMean(Math.max(energy(ABSOLUTE_GATE), absolute * Math.pow(10, RELATIVE_GATE / 10))));
    }

    private double gatedMean(double threshold) {
        double sum = 0;
        int count = 0;
        for (double block : blocks) {
            if (block > threshold) {
                sum += block;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static double energy(double lufs) {
        return Math.pow(10, (lufs + 0.691) / 10);
    }

    private static double lufs(double energy) {
        return energy <= 0 ? Double.NEGATIVE_INFINITY : -0.691 + 10 * Math.log10(energy);
    }
}
