package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;

/**
 * Loudness normalisation while a track plays: its integrated loudness ({@link LoudnessMeter}) is measured over
 * its first {@value #MEASURE_SECONDS} seconds, and a gain brings it to {@value #TARGET_LUFS} LUFS. While the
 * measurement runs the gain follows the estimate so far (smoothly, over about 50 ms); then it stays. The gain is
 * at most {@value #MAX_GAIN_DB} dB, so near silence is not blown up, and a peak limiter (instant attack, 100 ms
 * release) keeps every sample under {@value #CEILING}, so nothing clips. A new track gets a new chain, so a
 * new measurement.
 */
final class Normalizer extends InPlaceFilter {
    static final double TARGET_LUFS = -14;
    static final double MEASURE_SECONDS = 3;
    static final double MAX_GAIN_DB = 20;
    static final float CEILING = 0.95f;

    private final LoudnessMeter meter;
    private final double smoothing;
    private final double release;
    private double target = 1;
    private double gain = 1;
    private double limit = 1;

    Normalizer(FloatPcmAudioFilter next, int channels, int sampleRate) {
        super(next);
        this.meter = new LoudnessMeter(channels);
        this.smoothing = 1 - Math.exp(-1 / (0.05 * sampleRate));
        this.release = 1 - Math.exp(-1 / (0.1 * sampleRate));
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        if (meter.seconds() < MEASURE_SECONDS) {
            meter.add(channels, offset, length);
            double loudness = meter.integrated();
            if (loudness != Double.NEGATIVE_INFINITY) {
                target = Math.pow(10, Math.min(MAX_GAIN_DB, TARGET_LUFS - loudness) / 20);
            }
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
}
