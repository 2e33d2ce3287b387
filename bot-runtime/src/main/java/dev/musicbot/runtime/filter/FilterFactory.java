package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.filter.AudioFilter;
import com.sedmelluq.discord.lavaplayer.filter.FloatPcmAudioFilter;
import com.sedmelluq.discord.lavaplayer.filter.PcmFilterFactory;
import com.sedmelluq.discord.lavaplayer.filter.UniversalPcmAudioFilter;
import com.sedmelluq.discord.lavaplayer.filter.equalizer.Equalizer;
import com.sedmelluq.discord.lavaplayer.format.AudioDataFormat;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import dev.musicbot.api.playback.AudioFilters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a player's filter chain from its {@link AudioFilters}: the preset first, then LavaPlayer's equalizer
 * (with the bass boost curve added to the user's bands), then loudness normalisation if it is on. A player gets a new factory whenever its filters
 * change, so that LavaPlayer's hot swap rebuilds the chain of the track playing now.
 */
public final class FilterFactory implements PcmFilterFactory {
    /** Nightcore's speed and pitch factor. */
    static final double NIGHTCORE_RATE = 1.25;
    /** Vaporwave's speed and pitch factor. */
    static final double VAPORWAVE_RATE = 0.8;

    /** A track that starts later than this is not measured for the cache: its start is not the song's start. */
    private static final long MEASURED_FROM_START_MS = 1_000;

    private final AudioFilters filters;
    private final @Nullable TrackLoudness loudness;
    private final @Nullable AudioTrack track;

    private FilterFactory(AudioFilters filters, @Nullable TrackLoudness loudness, @Nullable AudioTrack track) {
        this.filters = filters;
        this.loudness = loudness;
        this.track = track;
    }

    /**
     * The factory for a player's filters.
     *
     * @param filters the filters
     * @return the factory, or {@code null} when no filter is on: then LavaPlayer passes Opus through untouched
     */
    public static @Nullable PcmFilterFactory of(AudioFilters filters) {
        return of(filters, null);
    }

    /**
     * The factory for a player's filters and loudness normalisation (the last stage, after the effects).
     *
     * @param filters the filters
     * @param normalizeWith the target and the known loudness of tracks, or {@code null} not to normalise
     * @return the factory, or {@code null} when neither is on
     */
    public static @Nullable PcmFilterFactory of(AudioFilters filters, @Nullable TrackLoudness normalizeWith) {
        return of(filters, normalizeWith, null);
    }

    /**
     * The factory for a player's filters and loudness normalisation of one track. LavaPlayer builds the chain
     * without saying for which track ({@code buildChain(null, ...)}), so a player sets a factory for each track
     * it starts, and the normaliser knows whose loudness it applies and measures.
     *
     * @param filters the filters
     * @param normalizeWith the target and the known loudness of tracks, or {@code null} not to normalise
     * @param track the track the chains are for
     * @return the factory, or {@code null} when neither filters nor normalisation are on
     */
    public static @Nullable PcmFilterFactory of(
            AudioFilters filters, @Nullable TrackLoudness normalizeWith, @Nullable AudioTrack track) {
        return filters.isActive() || normalizeWith != null ? new FilterFactory(filters, normalizeWith, track) : null;
    }

    @Override
    public List<AudioFilter> buildChain(
            @Nullable AudioTrack given, AudioDataFormat format, UniversalPcmAudioFilter output) {
        List<AudioFilter> chain = new ArrayList<>();
        FloatPcmAudioFilter next = output;
        if (loudness != null && format.sampleRate == LoudnessMeter.SAMPLE_RATE) {
            next = normalizer(loudness, given != null ? given : track, next, format);
            chain.add(next);
        }
        float[] gains = BassBoost.bandGains(filters);
        if (hasGain(gains) && Equalizer.isCompatible(format)) {
            next = new Equalizer(format.channelCount, next, gains);
            chain.addFirst(next);
        }
        FloatPcmAudioFilter preset = preset(next, format);
        if (preset != null) {
            chain.addFirst(preset);
        }
        return chain;
    }

    private static Normalizer normalizer(
            TrackLoudness loudness, @Nullable AudioTrack track, FloatPcmAudioFilter next, AudioDataFormat format) {
        boolean fromStart = track == null || track.getPosition() < MEASURED_FROM_START_MS;
        return new Normalizer(
                next, format.channelCount, format.sampleRate, loudness.targetLufs(), loudness.of(track), lufs -> {
                    if (fromStart) {
                        loudness.remember(track, lufs);
                    }
                });
    }

    private @Nullable FloatPcmAudioFilter preset(FloatPcmAudioFilter next, AudioDataFormat format) {
        int rate = format.sampleRate;
        int channels = format.channelCount;
        return switch (filters.preset()) {
            case OFF, BASS_BOOST -> null;
            case NIGHTCORE -> new Timescale(next, channels, NIGHTCORE_RATE);
            case VAPORWAVE -> new Timescale(next, channels, VAPORWAVE_RATE);
            case KARAOKE -> new Karaoke(next, rate);
            case ROTATION -> new Rotation(next, rate);
            case TREMOLO -> new Tremolo(next, rate);
            case VIBRATO -> new Vibrato(next, channels, rate);
            case LOW_PASS -> new LowPass(next, channels, rate);
        };
    }

    private static boolean hasGain(float[] gains) {
        for (float gain : gains) {
            if (gain != 0) {
                return true;
            }
        }
        return false;
    }
}
