package dev.musicbot.runtime.state;

import dev.musicbot.api.GuildId;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Where per-guild state is kept between restarts.
 *
 * <p>Every method may block on I/O, so call them from a virtual thread, never from the audio or gateway thread.
 * Implementations are thread-safe: calls for the same guild are serialized, calls for different guilds are not.
 * A stored state that cannot be read (corrupt, or written by a newer version) never fails a call: it is kept
 * aside for a human and the guild starts again from {@link GuildState#DEFAULTS}.
 */
public interface GuildStateStore {

    /**
     * The state of one guild.
     *
     * @param guild the guild
     * @return its state, or {@link GuildState#DEFAULTS} if none is stored or the stored one is unreadable
     * @throws UncheckedIOException if the storage itself fails (not for bad content)
     */
    GuildState load(GuildId guild);

    /**
     * Replaces the state of one guild. When this returns, the state is durable.
     *
     * @param guild the guild
     * @param state its new state
     * @throws UncheckedIOException if the state could not be written; the previous state is then unchanged
     */
    void save(GuildId guild, GuildState state);

    /**
     * The guilds that have a queue to resume, for rejoining after a restart.
     *
     * @return the guilds whose state has a queue snapshot, ordered by id
     * @throws UncheckedIOException if the storage itself fails
     */
    List<GuildId> guildsWithQueues();

    /**
     * Forgets a guild's queue snapshot and keeps its settings. Does nothing if there is no snapshot.
     *
     * @param guild the guild
     * @throws UncheckedIOException if the state could not be written
     */
    void clearQueue(GuildId guild);
}
