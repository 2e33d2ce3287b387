package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;

/**
 * A filter that changes the samples where they are and hands them on, so it never allocates on the audio
 * path. LavaPlayer's chain calls {@link #seekPerformed}, {@link #flush} and {@link #close} on every filter
 * itself, so they are not passed on.
 */
abstract class InPlaceFilter implements FloatPcmAudioFilter {
    private final FloatPcmAudioFilter next;

    InPlaceFilter(FloatPcmAudioFilter next) {
        this.next = next;
    }

    @Override
    public final void process(float[][] input, int offset, int length) throws InterruptedException {
        apply(input, offset, length);
        next.process(input, offset, length);
    }

    /** Changes {@code length} samples of each channel from {@code offset}. */
    abstract void apply(float[][] channels, int offset, int length);

    /** Forgets the past (after a seek the samples before it no longer follow on). */
    void reset() {}

    @Override
    public void seekPerformed(long requestedTime, long providedTime) {
        reset();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
