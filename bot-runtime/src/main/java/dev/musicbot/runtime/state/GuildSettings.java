package dev.musicbot.runtime.state;

import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.SegmentSkipping;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guild's persistent settings.
 *
 * @param volume the player volume, {@value #MIN_VOLUME} to {@value #MAX_VOLUME}
 * @param repeat the repeat mode
 * @param stay247 whether the bot stays in the voice channel when the queue ends
 * @param djRoleId the snowflake of the role allowed to control playback, or {@code null} for everyone
 * @param filters the sound effects, {@link AudioFilters#NONE} for none
 * @param normalize whether each track's loudness is normalised
 * @param autoplay whether related tracks are queued when the queue runs out
 * @param skipping which segments of tracks (sponsors, non-music parts) are skipped
 */
public record GuildSettings(
        int volume,
        RepeatMode repeat,
        boolean stay247,
        @Nullable String djRoleId,
        AudioFilters filters,
        boolean normalize,
        boolean autoplay,
        SegmentSkipping skipping) {

    /** The lowest volume. */
    public static final int MIN_VOLUME = 0;

    /** The highest volume, and the default. */
    public static final int MAX_VOLUME = 100;

    /** Full volume, no repeat, leave when idle, no DJ role, no autoplay, the default segments skipped. */
    public static final GuildSettings DEFAULTS = new GuildSettings(
            MAX_VOLUME, RepeatMode.OFF, false, null, AudioFilters.NONE, false, false, SegmentSkipping.DEFAULT);

    /** Validates the fields. */
    public GuildSettings {
        if (volume < MIN_VOLUME || volume > MAX_VOLUME) {
            throw new IllegalArgumentException("volume must be " + MIN_VOLUME + " to " + MAX_VOLUME + ": " + volume);
        }
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(skipping, "skipping");
        if (djRoleId != null && !Snowflakes.isSnowflake(djRoleId)) {
            throw new IllegalArgumentException("DJ role id must be a snowflake: " + djRoleId);
        }
    }

    /**
     * Settings without filters.
     *
     * @param volume the player volume
     * @param repeat the repeat mode
     * @param stay247 whether the bot stays in the voice channel when the queue ends
     * @param djRoleId the DJ role's snowflake, or {@code null}
     */
    public GuildSettings(int volume, RepeatMode repeat, boolean stay247, @Nullable String djRoleId) {
        this(volume, repeat, stay247, djRoleId, AudioFilters.NONE, false, false, SegmentSkipping.DEFAULT);
    }

    /**
     * Settings without autoplay, skipping the default segments.
     *
     * @param volume the player volume
     * @param repeat the repeat mode
     * @param stay247 whether the bot stays in the voice channel when the queue ends
     * @param djRoleId the DJ role's snowflake, or {@code null}
     * @param filters the sound effects
     * @param normalize whether each track's loudness is normalised
     */
    public GuildSettings(
            int volume,
            RepeatMode repeat,
            boolean stay247,
            @Nullable String djRoleId,
            AudioFilters filters,
            boolean normalize) {
        this(volume, repeat, stay247, djRoleId, filters, normalize, false, SegmentSkipping.DEFAULT);
    }

    /**
     * Settings without loudness normalisation.
     *
     * @param volume the player volume
     * @param repeat the repeat mode
     * @param stay247 whether the bot stays in the voice channel when the queue ends
     * @param djRoleId the DJ role's snowflake, or {@code null}
     * @param filters the sound effects
     */
    public GuildSettings(
            int volume, RepeatMode repeat, boolean stay247, @Nullable String djRoleId, AudioFilters filters) {
        this(volume, repeat, stay247, djRoleId, filters, false, false, SegmentSkipping.DEFAULT);
    }

    /**
     * These settings with autoplay on or off.
     *
     * @param newAutoplay whether to autoplay
     * @return the new settings
     */
    public GuildSettings withAutoplay(boolean newAutoplay) {
        return new GuildSettings(volume, repeat, stay247, djRoleId, filters, normalize, newAutoplay, skipping);
    }

    /**
     * These settings with loudness normalisation on or off.
     *
     * @param newNormalize whether to normalise
     * @return the new settings
     */
    public GuildSettings withNormalize(boolean newNormalize) {
        return new GuildSettings(volume, repeat, stay247, djRoleId, filters, newNormalize, autoplay, skipping);
    }

    /**
     * These settings with other filters.
     *
     * @param newFilters the filters
     * @return the new settings
     */
    public GuildSettings withFilters(AudioFilters newFilters) {
        return new GuildSettings(volume, repeat, stay247, djRoleId, newFilters, normalize, autoplay, skipping);
    }

    /**
     * These settings with another volume.
     *
     * @param newVolume the volume, {@value #MIN_VOLUME} to {@value #MAX_VOLUME}
     * @return the new settings
     */
    public GuildSettings withVolume(int newVolume) {
        return new GuildSettings(newVolume, repeat, stay247, djRoleId, filters, normalize, autoplay, skipping);
    }

    /**
     * These settings with another repeat mode.
     *
     * @param newRepeat the repeat mode
     * @return the new settings
     */
    public GuildSettings withRepeat(RepeatMode newRepeat) {
        return new GuildSettings(volume, newRepeat, stay247, djRoleId, filters, normalize, autoplay, skipping);
    }

    /**
     * These settings with 24/7 mode on or off.
     *
     * @param newStay247 whether to stay connected
     * @return the new settings
     */
    public GuildSettings withStay247(boolean newStay247) {
        return new GuildSettings(volume, repeat, newStay247, djRoleId, filters, normalize, autoplay, skipping);
    }

    /**
     * These settings with another DJ role.
     *
     * @param newDjRoleId the role's snowflake, or {@code null} for none
     * @return the new settings
     */
    public GuildSettings withDjRoleId(@Nullable String newDjRoleId) {
        return new GuildSettings(volume, repeat, stay247, newDjRoleId, filters, normalize, autoplay, skipping);
    }

    /**
     * These settings with other segments skipped.
     *
     * @param newSkipping the choice
     * @return the new settings
     */
    public GuildSettings withSkipping(SegmentSkipping newSkipping) {
        return new GuildSettings(volume, repeat, stay247, djRoleId, filters, normalize, autoplay, newSkipping);
    }
}
