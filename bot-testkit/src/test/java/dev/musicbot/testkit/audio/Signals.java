package dev.musicbot.testkit.audio;

/** Synthetic test signals. */
final class Signals {
    private Signals() {}

    /** Interleaved stereo 16-bit sine at 48 kHz. */
    static short[] stereoSine(double frequency, double amplitude, int frames) {
        short[] pcm = new short[frames * 2];
        for (int i = 0; i < frames; i++) {
            short value = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * frequency * i / 48_000.0));
            pcm[2 * i] = value;
            pcm[2 * i + 1] = value;
        }
        return pcm;
    }

    static double[] monoSine(double frequency, double amplitude, int samples) {
        double[] mono = new double[samples];
        for (int i = 0; i < samples; i++) {
            mono[i] = amplitude * Math.sin(2 * Math.PI * frequency * i / 48_000.0);
        }
        return mono;
    }
}
