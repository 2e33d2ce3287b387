package dev.musicbot.plugin.playlists.store;

import dev.musicbot.api.storage.StoredPlaylist;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored for one guild: its playlists, sorted case-insensitively by name, and the name of the active
 * one. Names are unique case-insensitively. The active name always has the spelling of the playlist it names;
 * an active name that names no playlist is dropped.
 *
 * @param active the active playlist's name, or {@code null}
 * @param playlists the playlists
 */
record GuildPlaylists(@Nullable String active, List<StoredPlaylist> playlists) {

    private static final Comparator<StoredPlaylist> BY_NAME =
            Comparator.comparing(StoredPlaylist::name, String.CASE_INSENSITIVE_ORDER);

    /** A guild with no playlists. */
    static final GuildPlaylists EMPTY = new GuildPlaylists(null, List.of());

    /**
     * Sorts the playlists and canonicalises the active name.
     *
     * @throws IllegalArgumentException if two playlists have the same name, ignoring case
     */
    GuildPlaylists {
        playlists = playlists.stream().sorted(BY_NAME).toList();
        for (int i = 1; i < playlists.size(); i++) {
            if (sameName(playlists.get(i - 1).name(), playlists.get(i).name())) {
                throw new IllegalArgumentException(
                        "two playlists are named \"" + playlists.get(i).name() + "\"");
            }
        }
        active = active == null ? null : spellingOf(playlists, active);
    }

    /**
     * One playlist, by name, case-insensitively.
     *
     * @param name the name
     * @return the playlist, or empty
     */
    Optional<StoredPlaylist> find(String name) {
        Objects.requireNonNull(name, "name");
        return playlists.stream().filter(p -> sameName(p.name(), name)).findFirst();
    }

    /**
     * The active playlist's name, as stored.
     *
     * @return the name, or empty
     */
    Optional<String> activeName() {
        return Optional.ofNullable(active);
    }

    /**
     * Adds a playlist, replacing the one with the same name in any case; the new spelling wins.
     *
     * @param playlist the playlist
     * @return the new state
     */
    GuildPlaylists with(StoredPlaylist playlist) {
        List<StoredPlaylist> next = new ArrayList<>(without(playlist.name()).playlists);
        next.add(playlist);
        return new GuildPlaylists(active, next);
    }

    /**
     * Removes a playlist; if it was active, none is active afterwards.
     *
     * @param name the name, case-insensitively
     * @return the new state, or this one if there is no such playlist
     */
    GuildPlaylists without(String name) {
        List<StoredPlaylist> rest =
                playlists.stream().filter(p -> !sameName(p.name(), name)).toList();
        boolean wasActive = active != null && sameName(active, name);
        return rest.size() == playlists.size() ? this : new GuildPlaylists(wasActive ? null : active, rest);
    }

    /**
     * Replaces a playlist with a changed version of it, which may have a new name; if it was active, it stays
     * active under its new name.
     *
     * @param current the playlist as stored
     * @param changed the playlist to store instead
     * @return the new state
     * @throws IllegalArgumentException if {@code changed} takes the name of another playlist
     */
    GuildPlaylists replacing(StoredPlaylist current, StoredPlaylist changed) {
        boolean renamed = !sameName(current.name(), changed.name());
        if (renamed && find(changed.name()).isPresent()) {
            throw new IllegalArgumentException("there is already a playlist named \"" + changed.name() + "\"");
        }
        boolean wasActive = active != null && sameName(active, current.name());
        List<StoredPlaylist> next = new ArrayList<>(without(current.name()).playlists);
        next.add(changed);
        return new GuildPlaylists(wasActive ? changed.name() : active, next);
    }

    /**
     * Makes a playlist the active one.
     *
     * @param name the name, case-insensitively
     * @return the new state
     * @throws NoSuchElementException if there is no such playlist
     */
    GuildPlaylists withActive(String name) {
        StoredPlaylist playlist = find(name).orElseThrow(() -> new NoSuchElementException("no playlist " + name));
        return new GuildPlaylists(playlist.name(), playlists);
    }

    private static @Nullable String spellingOf(List<StoredPlaylist> playlists, String name) {
        for (StoredPlaylist playlist : playlists) {
            if (sameName(playlist.name(), name)) {
                return playlist.name();
            }
        }
        return null;
    }

    /** Whether two names are the same playlist's: equal ignoring case, consistently with the sort order. */
    static boolean sameName(String a, String b) {
        return String.CASE_INSENSITIVE_ORDER.compare(a, b) == 0;
    }
}
