package dev.musicbot.plugin.playlists;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The store as the commands use it: a storage failure (the data directory is full or read-only, a file cannot be
 * read) becomes a clear reply that says nothing was changed, and an error in the log with the cause, instead of
 * the generic apology. What the store refuses on purpose (no such playlist, a taken name) passes through.
 */
final class StorageFailures implements PlaylistStore {
    static final dev.musicbot.api.text.Text CANNOT_READ = Text.key("store.cannot-read");
    static final dev.musicbot.api.text.Text CANNOT_SAVE = Text.key("store.cannot-save");

    private final PlaylistStore store;

    StorageFailures(PlaylistStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return store.id();
    }

    @Override
    public List<StoredPlaylist> list(GuildId guild) {
        return guarded(CANNOT_READ, () -> store.list(guild));
    }

    @Override
    public Optional<StoredPlaylist> find(GuildId guild, String name) {
        return guarded(CANNOT_READ, () -> store.find(guild, name));
    }

    @Override
    public void save(GuildId guild, StoredPlaylist playlist) {
        guarded(CANNOT_SAVE, () -> {
            store.save(guild, playlist);
            return null;
        });
    }

    @Override
    public StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> change) {
        return guarded(CANNOT_SAVE, () -> store.update(guild, name, change));
    }

    @Override
    public boolean delete(GuildId guild, String name) {
        return guarded(CANNOT_SAVE, () -> store.delete(guild, name));
    }

    @Override
    public Optional<String> active(GuildId guild) {
        return guarded(CANNOT_READ, () -> store.active(guild));
    }

    @Override
    public void setActive(GuildId guild, String name) {
        guarded(CANNOT_SAVE, () -> {
            store.setActive(guild, name);
            return null;
        });
    }

    private static <T> T guarded(dev.musicbot.api.text.Text reply, Supplier<T> call) {
        try {
            return call.get();
        } catch (UncheckedIOException e) {
            // FAULT: the router logs it as an error, with the file and the system's reason in the cause
            throw new UserFacingException(reply, Severity.FAULT, e);
        }
    }
}
