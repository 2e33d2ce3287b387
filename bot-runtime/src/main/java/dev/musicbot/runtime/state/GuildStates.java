package dev.musicbot.runtime.state;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.StoredGuildState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guild state the players use, kept in a {@link GuildStateStore}: this class owns the document's format
 * ({@link GuildStateCodec}: its schema version, migrations and repairs), the store keeps the text.
 *
 * <p>Every method may block on I/O, so call them from a virtual thread, never from the audio or gateway thread.
 * A stored state that cannot be read (corrupt, or written by a newer version) never fails a call: the store sets
 * it aside for a human and the guild starts again from {@link GuildState#DEFAULTS}.
 */
public final class GuildStates {
    private static final Logger log = LoggerFactory.getLogger(GuildStates.class);

    private final GuildStateStore store;

    /**
     * Uses a store.
     *
     * @param store where the documents live
     */
    public GuildStates(GuildStateStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The store underneath.
     *
     * @return the store
     */
    public GuildStateStore store() {
        return store;
    }

    /**
     * The state of one guild.
     *
     * @param guild the guild
     * @return its state, or {@link GuildState#DEFAULTS} if none is stored or the stored one is unreadable
     * @throws UncheckedIOException if the storage itself fails (not for bad content)
     */
    public GuildState load(GuildId guild) {
        return switch (store.load(guild)) {
            case StoredGuildState.Absent absent -> GuildState.DEFAULTS;
            case StoredGuildState.Unreadable(String reason) -> {
                store.setAside(guild, reason);
                yield GuildState.DEFAULTS;
            }
            case StoredGuildState.Found(String document) -> {
                try {
                    yield decode(guild, document);
                } catch (UnreadableStateException e) {
                    store.setAside(guild, e.getMessage());
                    yield GuildState.DEFAULTS;
                }
            }
        };
    }

    /**
     * Replaces the state of one guild. When this returns, the state is durable.
     *
     * @param guild the guild
     * @param state its new state
     * @throws UncheckedIOException if the state could not be written; the previous state is then unchanged
     */
    public void save(GuildId guild, GuildState state) {
        store.save(guild, encode(guild, state));
    }

    /**
     * The guilds that have a queue to resume, for rejoining after a restart.
     *
     * @return the guilds whose state has a queue snapshot, ordered by id
     * @throws UncheckedIOException if the storage itself fails
     */
    public List<GuildId> guildsWithQueues() {
        List<GuildId> guilds = new ArrayList<>();
        for (GuildId guild : store.guilds()) {
            if (load(guild).queue() != null) {
                guilds.add(guild);
            }
        }
        return List.copyOf(guilds);
    }

    /**
     * Forgets a guild's queue snapshot and keeps its settings, in one atomic change. Does nothing if there is no
     * snapshot (or nothing readable to change: the next {@link #load} sets that aside).
     *
     * @param guild the guild
     * @throws UncheckedIOException if the state could not be written
     */
    public void clearQueue(GuildId guild) {
        store.update(guild, stored -> {
            if (!(stored instanceof StoredGuildState.Found(String document))) {
                return Optional.empty();
            }
            try {
                GuildState state = decode(guild, document);
                return state.queue() == null ? Optional.empty() : Optional.of(encode(guild, state.withQueue(null)));
            } catch (UnreadableStateException e) {
                return Optional.empty();
            }
        });
    }

    private static GuildState decode(GuildId guild, String document) throws UnreadableStateException {
        GuildStateCodec.Decoded decoded = GuildStateCodec.decode(document.getBytes(StandardCharsets.UTF_8));
        if (!decoded.repairs().isEmpty()) {
            log.warn("Guild {}: repaired its stored state on load: {}", guild, String.join("; ", decoded.repairs()));
        }
        return decoded.state();
    }

    private static String encode(GuildId guild, GuildState state) {
        try {
            return new String(GuildStateCodec.encode(state), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the state of guild " + guild, e);
        }
    }
}
