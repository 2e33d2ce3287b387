package dev.musicbot.api.storage;

import java.util.List;
import java.util.Objects;

/**
 * A named playlist of a guild.
 *
 * @param name the name as the user wrote it; unique per guild, compared case-insensitively
 * @param entries the songs in order
 */
public record StoredPlaylist(String name, List<PlaylistEntry> entries) {

    /** Validates and copies the fields. */
    public StoredPlaylist {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a playlist name has 1 to 100 characters");
        }
    }
}
