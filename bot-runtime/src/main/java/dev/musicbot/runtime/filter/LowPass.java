package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;

/** A low-pass of 24 dB per octave above {@value #CUTOFF_HZ} Hz (two Butterworth sections per channel). */
final class LowPass extends InPlaceFilter {
    static final double CUTOFF_HZ = 500;

    private final Biquad[][] sections;

    LowPass(FloatPcmAudioFilter next, int channels, int sampleRate) {
        super(next);
        sections = new Biquad[channels][];
        for (int c = 0; c < channels; c++) {
            // Q values of a fourth-order Butterworth filter made of two second-order sections
            sections[c] = new Biquad[] {
                Biquad.lowPass(sampleRate, CUTOFF_HZ, 0.5412), Biquad.lowPass(sampleRate, CUTOFF_HZ, 1.3066)
            };
        }
    }

    @Override
    void apply(float[][] channels, int offset, int length) {
        for (int c = 0; c < Math.min(channels.length, sections.length); c++) {
            float[] samples = channels[c];
            Biquad first = sections[c][0];
            Biquad second = sections[c][1];
            for (int i = offset; i < offset + length; i++) {
                samples[i] = second.next(first.next(samples[i]));
            }
        }
    }

    @Override
    void reset() {
        for (Biquad[] channel : sections) {
            for (Biquad section : channel) {
                section.reset();
            }
        }
    }
}
