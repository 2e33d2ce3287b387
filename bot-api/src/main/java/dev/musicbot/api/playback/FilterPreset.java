package dev.musicbot.api.playback;

import java.util.Locale;
import java.util.Optional;

/**
 * A sound effect applied to everything a guild's player plays. At most one preset is active at a time; the
 * equalizer of {@link AudioFilters} applies on top of it.
 */
public enum FilterPreset {
    /** No effect. */
    OFF("off", "off"),
    /** Louder low frequencies, in {@linkplain AudioFilters#level() levels} 1 (low) to 4 (extreme). */
    BASS_BOOST("bassboost", "bass boost"),
    /** Faster and higher: speed and pitch times 1.25. */
    NIGHTCORE("nightcore", "nightcore"),
    /** Slower and lower: speed and pitch times 0.8. */
    VAPORWAVE("vaporwave", "vaporwave"),
    /** The centre of the stereo image (usually the voice) removed. */
    KARAOKE("karaoke", "karaoke"),
    /** The sound circling around the listener ("8D audio"). */
    ROTATION("8d", "8D"),
    /** The volume wavering. */
    TREMOLO("tremolo", "tremolo"),
    /** The pitch wavering. */
    VIBRATO("vibrato", "vibrato"),
    /** Only the low frequencies: muffled, as if from another room. */
    LOW_PASS("lowpass", "low-pass");

    private final String id;
    private final String label;

    FilterPreset(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The name users type, for example {@code bassboost} or {@code 8d}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The name shown to users, for example {@code bass boost}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The preset a user typed, by {@link #id()} or constant name, ignoring case.
     *
     * @param text what the user typed
     * @return the preset, or empty if there is none of that name
     */
    public static Optional<FilterPreset> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (FilterPreset preset : values()) {
            if (preset.id.equals(wanted)
                    || preset.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
