package dev.musicbot.runtime.filter;

/**
 * A second-order IIR section for one channel, with coefficients from Robert Bristow-Johnson's "Audio EQ
 * Cookbook" (normalised by a0), run in transposed direct form II.
 */
final class Biquad {
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private double z1;
    private double z2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    /** A section with the given coefficients, already normalised by a0. */
    static Biquad of(double b0, double b1, double b2, double a1, double a2) {
        return new Biquad(b0, b1, b2, 1, a1, a2);
    }

    /** A low-pass with the given cutoff (-3 dB for q = 1/sqrt(2)). */
    static Biquad lowPass(int sampleRate, double cutoffHz, double q) {
        double w0 = 2 * Math.PI * cutoffHz / sampleRate;
        double cos = Math.cos(w0);
        double alpha = Math.sin(w0) / (2 * q);
        return new Biquad((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /** Filters one sample. */
    float next(float x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return (float) y;
    }

    /** Clears the state. */
    void reset() {
        z1 = 0;
        z2 = 0;
    }
}
