package dev.musicbot.api.storage;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Spi;
import java.util.List;
import java.util.Optional;

/**
 * Extension point. Stores the playlists of each guild and which one is active.
 *
 * <p><b>Called by:</b> the playlist commands and the runtime, through
 * {@link dev.musicbot.api.plugin.PluginContext#require(Class)} at call time.
 *
 * <p><b>When:</b> whenever a playlist command runs. Exactly one store is active: the one whose {@link #id()}
 * the configuration names ({@code storage.playlists}), or the only one registered.
 *
 * <p><b>Thread:</b> any; may block on I/O. Implementations must be safe for concurrent use, and each write
 * must be atomic: after a crash a reader sees the old or the new state, never a half-written one.
 *
 * <p><b>Not mine:</b> not applicable.
 *
 * <p><b>Errors:</b> {@link java.io.UncheckedIOException} for storage failures; the caller reports them.
 * Names are matched case-insensitively; saving a playlist whose name exists replaces it.
 */
@Spi(cardinality = Spi.Cardinality.ONE)
public interface PlaylistStore {

    /**
     * A stable, lower-kebab-case id (for example {@code "json-file"}) that configuration selects by.
     *
     * @return the id
     */
    String id();

    /**
     * All playlists of a guild, sorted by name.
     *
     * @param guild the guild
     * @return the playlists, possibly empty
     */
    List<StoredPlaylist> list(GuildId guild);

    /**
     * One playlist by name, case-insensitively.
     *
     * @param guild the guild
     * @param name the name
     * @return the playlist, or empty
     */
    Optional<StoredPlaylist> find(GuildId guild, String name);

    /**
     * Creates or replaces a playlist.
     *
     * @param guild the guild
     * @param playlist the playlist
     */
    void save(GuildId guild, StoredPlaylist playlist);

    /**
     * Deletes a playlist; if it was active, no playlist is active afterwards.
     *
     * @param guild the guild
     * @param name the name, case-insensitively
     * @return true if it existed
     */
    boolean delete(GuildId guild, String name);

    /**
     * The name of the guild's active playlist.
     *
     * @param guild the guild
     * @return the name, or empty if none is active
     */
    Optional<String> active(GuildId guild);

    /**
     * Makes a playlist the guild's active one.
     *
     * @param guild the guild
     * @param name an existing playlist's name
     * @throws java.util.NoSuchElementException if there is no such playlist
     */
    void setActive(GuildId guild, String name);
}
