package dev.musicbot.api.testkit;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** A {@link PlaylistStore} in memory, for tests of code that uses a store. */
public final class InMemoryPlaylistStore implements PlaylistStore {
    private final Map<GuildId, Map<String, StoredPlaylist>> playlists = new ConcurrentHashMap<>();
    private final Map<GuildId, String> active = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "in-memory";
    }

    private Map<String, StoredPlaylist> of(GuildId guild) {
        return playlists.computeIfAbsent(guild, g -> new ConcurrentHashMap<>());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public List<StoredPlaylist> list(GuildId guild) {
        return of(guild).values().stream()
                .sorted(Comparator.comparing(p -> key(p.name())))
                .toList();
    }

    @Override
    public Optional<StoredPlaylist> find(GuildId guild, String name) {
        return Optional.ofNullable(of(guild).get(key(name)));
    }

    @Override
    public synchronized void save(GuildId guild, StoredPlaylist playlist) {
        of(guild).put(key(playlist.name()), playlist);
    }

    /** Atomic because every write of this store holds its monitor. */
    @Override
    public synchronized StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> change) {
        return PlaylistStore.super.update(guild, name, change);
    }

    @Override
    public synchronized boolean delete(GuildId guild, String name) {
        boolean removed = of(guild).remove(key(name)) != null;
        if (removed && active.get(guild) != null && key(active.get(guild)).equals(key(name))) {
            active.remove(guild);
        }
        return removed;
    }

    @Override
    public Optional<String> active(GuildId guild) {
        return Optional.ofNullable(active.get(guild));
    }

    @Override
    public synchronized void setActive(GuildId guild, String name) {
        StoredPlaylist playlist =
                find(guild, name).orElseThrow(() -> new NoSuchElementException("no playlist named " + name));
        active.put(guild, playlist.name());
    }
}
