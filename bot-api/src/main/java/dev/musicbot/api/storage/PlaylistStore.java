package dev.musicbot.api.storage;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Incubating;
import dev.musicbot.api.Spi;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
     * Changes one playlist atomically: reads it, applies {@code change} and stores the result, so that concurrent
     * updates of a guild (two members adding a song at the same moment) never lose each other's changes, as a
     * {@link #find} followed by a {@link #save} can. The result may rename the playlist; the active playlist
     * follows a rename. Nothing is stored if {@code change} throws; its exception reaches the caller unchanged.
     *
     * <p>The default reads and saves without a lock and is therefore <b>not</b> atomic: every store that can
     * serialise the writes of a guild (all bundled ones do) overrides it.
     *
     * @param guild the guild
     * @param name the playlist's name, case-insensitively
     * @param change computes the new playlist from the stored one; it may run while the store holds the guild's
     *     lock, so it must be quick and must not call the store
     * @return the playlist as stored afterwards
     * @throws NoSuchElementException if there is no such playlist
     * @throws IllegalArgumentException if the result takes the name of another playlist
     */
    @Incubating
    default StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> change) {
        StoredPlaylist current = find(guild, name).orElseThrow(() -> new NoSuchElementException("no playlist " + name));
        StoredPlaylist changed = change.apply(current);
        if (!changed.name().equalsIgnoreCase(current.name())) {
            if (find(guild, changed.name()).isPresent()) {
                throw new IllegalArgumentException("a playlist named " + changed.name() + " already exists");
            }
            boolean wasActive = active(guild)
                    .filter(active -> active.equalsIgnoreCase(current.name()))
                    .isPresent();
            delete(guild, current.name());
            save(guild, changed);
            if (wasActive) {
                setActive(guild, changed.name());
            }
            return changed;
        }
        save(guild, changed);
        return changed;
    }

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
