package dev.musicbot.api.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The effects a guild's player applies: one {@link FilterPreset} and LavaPlayer's 15-band equalizer. Any
 * effect makes the player decode and re-encode the audio; with none ({@link #NONE}) Opus sources pass through
 * untouched.
 *
 * @param preset the preset, {@link FilterPreset#OFF} for none
 * @param level the bass boost level, 1 (low) to {@value #MAX_LEVEL} (extreme); 0 for every other preset
 * @param equalizer the gain of each of the {@value #BANDS} bands (25 Hz to 16 kHz), {@value #MIN_GAIN} (muted) to
 *     {@value #MAX_GAIN} (0 leaves a band as it is, 0.25 doubles it); empty for a flat equalizer
 */
public record AudioFilters(FilterPreset preset, int level, List<Double> equalizer) {

    /** The number of equalizer bands. */
    public static final int BANDS = 15;

    /** The lowest band gain: the band is muted. */
    public static final double MIN_GAIN = -0.25;

    /** The highest band gain. */
    public static final double MAX_GAIN = 1.0;

    /** The highest bass boost level. */
    public static final int MAX_LEVEL = 4;

    /** No effect at all. */
    public static final AudioFilters NONE = new AudioFilters(FilterPreset.OFF, 0, List.of());

    /** The centre frequency of each band in Hz. */
    public static final List<Integer> BAND_HZ =
            List.of(25, 40, 63, 100, 160, 250, 400, 630, 1000, 1600, 2500, 4000, 6300, 10000, 16000);

    /** Validates the fields; an equalizer of only zeros is stored as empty (flat). */
    public AudioFilters {
        Objects.requireNonNull(preset, "preset");
        if (preset == FilterPreset.BASS_BOOST ? level < 1 || level > MAX_LEVEL : level != 0) {
            throw new IllegalArgumentException(
                    "level must be 1 to " + MAX_LEVEL + " for bass boost and 0 otherwise: " + level + " for " + preset);
        }
        equalizer = List.copyOf(equalizer);
        if (!equalizer.isEmpty() && equalizer.size() != BANDS) {
            throw new IllegalArgumentException("the equalizer has " + BANDS + " bands, not " + equalizer.size());
        }
        for (double gain : equalizer) {
            if (!(gain >= MIN_GAIN && gain <= MAX_GAIN)) {
                throw new IllegalArgumentException("band gains go from " + MIN_GAIN + " to " + MAX_GAIN + ": " + gain);
            }
        }
        if (equalizer.stream().allMatch(gain -> gain == 0)) {
            equalizer = List.of();
        }
    }

    /**
     * A preset with the equalizer left flat.
     *
     * @param preset the preset (not bass boost, which needs a level)
     * @return the filters
     */
    public static AudioFilters of(FilterPreset preset) {
        return new AudioFilters(preset, 0, List.of());
    }

    /**
     * These filters with another preset; the equalizer stays.
     *
     * @param newPreset the preset
     * @param newLevel the bass boost level (1 to {@value #MAX_LEVEL}), 0 for other presets
     * @return the new filters
     */
    public AudioFilters withPreset(FilterPreset newPreset, int newLevel) {
        return new AudioFilters(newPreset, newLevel, equalizer);
    }

    /**
     * These filters with another equalizer; the preset stays.
     *
     * @param gains the {@value #BANDS} band gains, or empty for flat
     * @return the new filters
     */
    public AudioFilters withEqualizer(List<Double> gains) {
        return new AudioFilters(preset, level, gains);
    }

    /**
     * The gain of every band, zeros for a flat equalizer.
     *
     * @return {@value #BANDS} gains
     */
    public List<Double> bandGains() {
        if (!equalizer.isEmpty()) {
            return equalizer;
        }
        List<Double> flat = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            flat.add(0.0);
        }
        return List.copyOf(flat);
    }

    /**
     * Whether any effect is on (so the audio must be decoded and re-encoded).
     *
     * @return false for {@link #NONE}
     */
    public boolean isActive() {
        return preset != FilterPreset.OFF || !equalizer.isEmpty();
    }
}
