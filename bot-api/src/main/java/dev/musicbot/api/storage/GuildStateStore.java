package dev.musicbot.api.storage;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Spi;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Extension point. Keeps each guild's state between restarts and across processes: its settings (volume,
 * repeat, 24/7, DJ role, filters) and the snapshot of its queue, as one document per guild.
 *
 * <p><b>Called by:</b> the runtime only, which owns the document's format (its schema version, migrations and
 * repairs): a store keeps text and never parses it, so every store holds exactly what the JSON file store
 * writes.
 *
 * <p><b>When:</b> when a guild's player is created (load), when its settings or queue change (save), when the
 * bot starts (which guilds to resume). Exactly one store is active: the one whose {@link #id()} the
 * configuration names for playlists ({@code storage.playlists}), so guild state lives in the same store as the
 * playlists; the runtime's {@code json-file} store when no store of that id exists.
 *
 * <p><b>Thread:</b> any virtual thread; every method may block on I/O. Implementations must be safe for
 * concurrent use, including by other processes where the storage is shared. Each write is atomic and durable:
 * when it returns the new document is stored, and after a crash a reader sees the old or the new one, never a
 * mixture.
 *
 * <p><b>Not mine:</b> not applicable.
 *
 * <p><b>Errors:</b> {@link java.io.UncheckedIOException} when the storage itself fails; the stored state is
 * then unchanged. Content that cannot be handed back is not an error: {@link #load} reports it as
 * {@link StoredGuildState.Unreadable}.
 */
@Spi(cardinality = Spi.Cardinality.ONE)
public interface GuildStateStore {

    /**
     * A stable, lower-kebab-case id (for example {@code "json-file"}) that configuration selects by.
     *
     * @return the id
     */
    String id();

    /**
     * What is stored for one guild.
     *
     * @param guild the guild
     * @return the document, {@link StoredGuildState#ABSENT}, or why it cannot be read
     */
    StoredGuildState load(GuildId guild);

    /**
     * Replaces the document of one guild.
     *
     * @param guild the guild
     * @param document the new document
     */
    void save(GuildId guild, String document);

    /**
     * Changes one guild's document atomically: reads it, applies {@code change} and stores what it returns, so
     * that no other write of the guild (from this process or another) comes between the read and the write.
     *
     * @param guild the guild
     * @param change the new document computed from what is stored, or empty to leave it as it is; it may run
     *     while the guild is locked, so it must be quick and must not call the store
     */
    void update(GuildId guild, Function<StoredGuildState, Optional<String>> change);

    /**
     * The guilds that have something stored, readable or not.
     *
     * @return their ids, ascending
     */
    List<GuildId> guilds();

    /**
     * Keeps a guild's stored state for a human to look at and forgets it: the next {@link #load} is
     * {@link StoredGuildState#ABSENT}. Called when the document cannot be read or understood. Does nothing if
     * nothing is stored.
     *
     * @param guild the guild
     * @param reason why, kept with it where the store can
     */
    void setAside(GuildId guild, String reason);
}
