package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.AudioFilter;
import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;
import com.sedmelluq.discord.lavaplayer.filter.UniversalPcmAudioFilter;
import com.sedmelluq.discord.lavaplayer.format.StandardAudioDataFormats;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import com.sedmelluq.discord.lavaplayer.track.DelegatedAudioTrack;
import com.sedmelluq.discord.lavaplayer.track.playback.LocalAudioTrackExecutor;
import dev.musicbot.api.playback.AudioFilters;
import java.nio.ShortBuffer;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Synthetic stereo PCM through a real filter chain, and the measurements the filter tests make on it. */
final class Pcm {
    static final int RATE = 48_000;

    private Pcm() {}

    /** A sine of {@code seconds} at {@code amplitude}. */
    static float[] sine(double hz, double amplitude, double seconds) {
        float[] samples = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return samples;
    }

    static float[] plus(float[] a, float[] b) {
        float[] sum = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    /** Runs left and right through the chain LavaPlayer would build for these filters, in chunks of 960. */
    static float[][] run(AudioFilters filters, float[] left, float[] right) throws InterruptedException {
        return run(filters, left, right, 960);
    }

    static float[][] run(AudioFilters filters, float[] left, float[] right, int chunk) throws InterruptedException {
        return run(filters, false, left, right, chunk);
    }

    static float[][] run(AudioFilters filters, boolean normalize, float[] left, float[] right, int chunk)
            throws InterruptedException {
        return run(
                filters,
                normalize ? TrackLoudness.inMemory(TrackLoudness.DEFAULT_TARGET_LUFS) : null,
                left,
                right,
                chunk);
    }

    static float[][] run(AudioFilters filters, @Nullable TrackLoudness loudness, float[] left, float[] right, int chunk)
            throws InterruptedException {
        return run(filters, loudness, null, left, right, chunk);
    }

    /** As LavaPlayer would run {@code track} through the chain of these filters and this normalisation. */
    static float[][] run(
            AudioFilters filters,
            @Nullable TrackLoudness loudness,
            @Nullable AudioTrack track,
            float[] left,
            float[] right,
            int chunk)
            throws InterruptedException {
        Sink sink = new Sink();
        var factory = FilterFactory.of(filters, loudness);
        if (factory == null) {
            return new float[][] {left.clone(), right.clone()};
        }
        List<AudioFilter> chain = factory.buildChain(track, StandardAudioDataFormats.DISCORD_OPUS, sink);
        FloatPcmAudioFilter input = (FloatPcmAudioFilter) chain.getFirst();
        for (int from = 0; from < left.length; from += chunk) {
            int to = Math.min(left.length, from + chunk);
            // a fresh copy each time, as LavaPlayer's decoders hand over their own buffers
            input.process(
                    new float[][] {Arrays.copyOfRange(left, from, to), Arrays.copyOfRange(right, from, to)},
                    0,
                    to - from);
        }
        return new float[][] {sink.left(), sink.right()};
    }

    /** A track known by {@code uri}, which is never played: only its identity matters. */
    static AudioTrack track(String uri) {
        return new DelegatedAudioTrack(new AudioTrackInfo("Song", "Artist", 60_000, uri, false, uri)) {
            @Override
            public void process(LocalAudioTrackExecutor executor) {}
        };
    }

    /** The amplitude of the component at {@code hz} (Goertzel over the whole signal, Hann window). */
    static double amplitudeAt(float[] samples, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double s1 = 0;
        double s2 = 0;
        double windowSum = 0;
        for (int i = 0; i < samples.length; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (samples.length - 1));
            windowSum += w;
            double s = samples[i] * w + coefficient * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / windowSum;
    }

    static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    /** The frequency from rising zero crossings, in Hz. */
    static double frequency(float[] samples) {
        int first = -1;
        int last = -1;
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    crossings++;
                }
                last = i;
            }
        }
        return crossings == 0 ? 0 : crossings * (double) RATE / (last - first);
    }

    static double rms(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    static float[] slice(float[] samples, double fromSeconds, double toSeconds) {
        return Arrays.copyOfRange(samples, (int) (fromSeconds * RATE), (int) (toSeconds * RATE));
    }

    /** The end of a chain: collects what arrives. */
    private static final class Sink implements UniversalPcmAudioFilter {
        private float[] left = new float[0];
        private float[] right = new float[0];
        private int size;

        @Override
        public void process(float[][] input, int offset, int length) {
            if (size + length > left.length) {
                left = Arrays.copyOf(left, Math.max(2 * left.length, size + length));
                right = Arrays.copyOf(right, left.length);
            }
            System.arraycopy(input[0], offset, left, size, length);
            System.arraycopy(input[1], offset, right, size, length);
            size += length;
        }

        float[] left() {
            return Arrays.copyOf(left, size);
        }

        float[] right() {
            return Arrays.copyOf(right, size);
        }

        @Override
        public void process(short[] input, int offset, int length) {
            throw new UnsupportedOperationException("the filters hand on floats");
        }

        @Override
        public void process(short[][] input, int offset, int length) {
            throw new UnsupportedOperationException("the filters hand on floats");
        }

        @Override
        public void process(ShortBuffer buffer) {
            throw new UnsupportedOperationException("the filters hand on floats");
        }

        @Override
        public void seekPerformed(long requestedTime, long providedTime) {}

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
