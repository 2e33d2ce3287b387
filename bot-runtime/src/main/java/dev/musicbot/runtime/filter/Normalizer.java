package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;

/**
 * Loudness normalisation while a track plays: a gain brings the track's integrated loudness to the target
 * (-14 LUFS unless configured otherwise). When the loudness is already known (the track's tags, or an earlier
 * play) that gain applies from the first sample. Otherwise the loudness ({@link LoudnessMeter}) is measured over
 * the first {@value #MEASURE_SECONDS} seconds, during which the gain follows the estimate so far (smoothly, over
 * about 50 ms), and then it stays; the measurement is handed on so the next play knows it. The gain is at most
 * {@value #MAX_GAIN_DB} dB, so near silence is not blown up, and a peak limiter (instant attack, 100 ms release)
 * keeps every sample under {@value #CEILING}, so nothing clips.
 */
final class Normalizer extends InPlaceFilter {
    static final double MEASURE_SECONDS = 3;
    static final double MAX_GAIN_DB = 20;
    static final float CEILING = 0.95f;

    private final double targetLufs;
    private final LoudnessMeter meter;
    private final DoubleConsumer measured;
    private final double smoothing;
    private final double release;
    private boolean measuring;
    private double target = 1;
    private double gain = 1;
    private double limit = 1;

    /**
     * @param known the track's loudness if it is known, in LUFS
     * @param measured told the measured loudness once the measurement is complete (not when it was known)
     */
    Normalizer(
            FloatPcmAudioFilter next,
            int channels,
            int sampleRate,
            double targetLufs,
            OptionalDouble known,
            DoubleConsumer measured) {
        super(next);
        this.targetLufs = targetLufs;
        this.meter = new LoudnessMeter(channels);
        this.measured = measured;
        this.smoothing = 1 - Math.exp(-1 / (0.05 * sampleRate));
        this.release = 1 - Math.exp(-1 / (0.1 * sampleRate));
        this.measuring = known.isEmpty();
        known.ifPresent(lufs -> {
            target = gainFor(lufs);
            gain = target;
        });
    }

    private double gainFor(double lufs) {
        return Math.pow(10, Math.min(MAX_GAIN_DB, targetLufs - lufs) / 20);
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        if (measuring) {
            measure(channels, offset, length);
        }
        for (int i = offset; i < offset + length; i++) {
            gain += (target - gain) * smoothing;
            float peak = 0;
            for (float[] channel : channels) {
                peak = Math.max(peak, Math.abs(channel[i]));
            }
            double wanted = peak * gain > CEILING ? CEILING / (peak * gain) : 1;
            limit = wanted < limit ? wanted : limit + (1 - limit) * release;
            float total = (float) (gain * Math.min(limit, wanted));
            for (float[] channel : channels) {
                channel[i] *= total;
            }
        }
    }

    private void measure(float[][] channels, int offset, int length) {
        meter.add(channels, offset, length);
        double loudness = meter.integrated();
        if (loudness != Double.NEGATIVE_INFINITY) {
            target = gainFor(loudness);
        }
        if (meter.seconds() >= MEASURE_SECONDS) {
            measuring = false;
            if (loudness != Double.NEGATIVE_INFINITY) {
                measured.accept(loudness);
            }
        }
    }
}
