package dev.musicbot.runtime.state;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the bot remembers about one guild across restarts.
 *
 * <p>In memory a state is always of the {@linkplain #SCHEMA_VERSION current schema}: older files are migrated
 * when they are read, and files of a newer schema are not read at all.
 *
 * @param schemaVersion the format version, always {@link #SCHEMA_VERSION}
 * @param settings the guild's settings
 * @param queue the queue to resume after a restart, or {@code null} if there is none
 */
public record GuildState(
        int schemaVersion, GuildSettings settings, @Nullable QueueSnapshot queue) {

    /** The format version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** A guild the bot knows nothing about: default settings and no queue. */
    public static final GuildState DEFAULTS = new GuildState(SCHEMA_VERSION, GuildSettings.DEFAULTS, null);

    /** Validates the fields. */
    public GuildState {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema version must be " + SCHEMA_VERSION + ": " + schemaVersion);
        }
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * A state of the current schema.
     *
     * @param settings the settings
     * @param queue the queue to resume, or {@code null}
     * @return the state
     */
    public static GuildState of(GuildSettings settings, @Nullable QueueSnapshot queue) {
        return new GuildState(SCHEMA_VERSION, settings, queue);
    }

    /**
     * This state with other settings.
     *
     * @param newSettings the settings
     * @return the new state
     */
    public GuildState withSettings(GuildSettings newSettings) {
        return new GuildState(schemaVersion, newSettings, queue);
    }

    /**
     * This state with another queue snapshot.
     *
     * @param newQueue the snapshot, or {@code null} for none
     * @return the new state
     */
    public GuildState withQueue(@Nullable QueueSnapshot newQueue) {
        return new GuildState(schemaVersion, settings, newQueue);
    }
}
