package dev.musicbot.testkit.audio;

import java.util.Arrays;

/**
 * Signal measurements on 16-bit PCM: pitch, loudness, distributions and RTP sequence gaps.
 *
 * <p>Everything is static and side-effect free. {@link ReceivedAudio} applies these to what the bot sent.
 */
public final class AudioAnalysis {
    private static final int MAX_FFT_SIZE = 1 << 20;
    private static final int MIN_FFT_SIZE = 1 << 12;

    private AudioAnalysis() {}

    /** Mixes interleaved PCM down to mono, scaled to [-1, 1]. */
    public static double[] mono(short[] interleaved, int channels) {
        double[] mono = new double[interleaved.length / channels];
        for (int i = 0; i < mono.length; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i * channels + c];
            }
            mono[i] = sum / channels / 32768.0;
        }
        return mono;
    }

    /**
     * The frequency with the most energy, in Hz, found by an FFT over a Hann window with interpolation
     * between bins. A pure tone over one second or more is measured to well within 1 Hz.
     *
     * @return the frequency, or 0 when there are fewer than 64 samples or the signal is all zero
     */
    public static double dominantFrequency(double[] samples, int sampleRate) {
        if (samples.length < 64) {
            return 0;
        }
        int length = Math.min(samples.length, MAX_FFT_SIZE);
        int size = Math.max(MIN_FFT_SIZE, Integer.highestOneBit(length - 1) << 1);
        double[] re = new double[size];
        double[] im = new double[size];
        for (int i = 0; i < length; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (length - 1));
            re[i] = samples[i] * hann;
        }
        Fft.transform(re, im);
        int peak = 1;
        double peakPower = -1;
        double[] power = new double[size / 2];
        for (int k = 1; k < size / 2; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
            if (power[k] > peakPower) {
                peakPower = power[k];
                peak = k;
            }
        }
        if (peakPower <= 0) {
            return 0;
        }
        return (peak + interpolate(power, peak)) * sampleRate / size;
    }

    /** Gaussian interpolation of a spectral peak: the offset of the true maximum from bin {@code k}. */
    private static double interpolate(double[] power, int k) {
        if (k < 1 || k + 1 >= power.length || power[k - 1] <= 0 || power[k + 1] <= 0) {
            return 0;
        }
        double left = Math.log(power[k - 1]);
        double centre = Math.log(power[k]);
        double right = Math.log(power[k + 1]);
        double denominator = left - 2 * centre + right;
        return denominator == 0 ? 0 : 0.5 * (left - right) / denominator;
    }

    /**
     * The peak amplitude of the component at one frequency (the Goertzel algorithm over a Hann window): about
     * 0.5 for a sine of amplitude 0.5 at that frequency, near 0 when there is none. Use a second or more of
     * audio to tell tones a few Hz apart.
     */
    public static double amplitudeAt(double[] samples, int sampleRate, double frequencyHz) {
        if (samples.length < 2) {
            return 0;
        }
        double coefficient = 2 * Math.cos(2 * Math.PI * frequencyHz / sampleRate);
        double s1 = 0;
        double s2 = 0;
        double windowSum = 0;
        for (int i = 0; i < samples.length; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (samples.length - 1));
            windowSum += hann;
            double s = samples[i] * hann + coefficient * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / windowSum;
    }

    /** One channel of interleaved PCM, scaled to [-1, 1]. */
    public static double[] channel(short[] interleaved, int channels, int index) {
        double[] samples = new double[interleaved.length / channels];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = interleaved[i * channels + index] / 32768.0;
        }
        return samples;
    }

    /** Root mean square of the samples relative to full scale (a full-scale square wave is 1.0). */
    public static double rms(short[] pcm) {
        if (pcm.length == 0) {
            return 0;
        }
        double sum = 0;
        for (short s : pcm) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / pcm.length) / 32768.0;
    }

    /** Largest absolute sample relative to full scale. */
    public static double peak(short[] pcm) {
        int max = 0;
        for (short s : pcm) {
            max = Math.max(max, Math.abs((int) s));
        }
        return max / 32768.0;
    }

    /** Converts a linear level relative to full scale into dBFS ({@code -Infinity} for 0). */
    public static double dbfs(double level) {
        return level <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(level);
    }

    /** Nearest-rank p50, p99 and max of the values. */
    public static Percentiles percentiles(double[] values) {
        if (values.length == 0) {
            return Percentiles.EMPTY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    /**
     * Counts RTP sequence numbers missing between consecutive packets (16-bit wrap-around aware).
     * Duplicates and reordered packets do not count as gaps.
     */
    public static int missingSequenceNumbers(int[] sequences) {
        int missing = 0;
        for (int i = 1; i < sequences.length; i++) {
            int step = (sequences[i] - sequences[i - 1]) & 0xFFFF;
            if (step > 1 && step < 0x8000) {
                missing += step - 1;
            }
        }
        return missing;
    }
}
