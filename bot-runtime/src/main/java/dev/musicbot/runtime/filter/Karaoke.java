package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;

/**
 * Centre-channel removal: what is equal in both channels (usually the lead voice) cancels in the difference
 * left minus right, which is sent to both channels. The bass, which is also mixed to the centre, is kept: the
 * low-passed mid signal is added back below {@value #KEEP_BELOW_HZ} Hz. Mono input passes unchanged.
 */
final class Karaoke extends InPlaceFilter {
    static final double KEEP_BELOW_HZ = 120;

    private final Biquad bass;
    private final Biquad bassSteep;

    Karaoke(FloatPcmAudioFilter next, int sampleRate) {
        super(next);
        // a fourth-order Butterworth low-pass, as two sections, so a voice at a few hundred Hz stays out
        this.bass = Biquad.lowPass(sampleRate, KEEP_BELOW_HZ, 0.5412);
        this.bassSteep = Biquad.lowPass(sampleRate, KEEP_BELOW_HZ, 1.3066);
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        if (channels.length < 2) {
            return;
        }
        float[] left = channels[0];
        float[] right = channels[1];
        for (int i = offset; i < offset + length; i++) {
            float mid = bassSteep.next(bass.next((left[i] + right[i]) * 0.5f));
            float side = left[i] - right[i];
            left[i] = side + mid;
            right[i] = side + mid;
        }
    }

    @Override
    void reset() {
        bass.reset();
        bassSteep.reset();
    }
}
