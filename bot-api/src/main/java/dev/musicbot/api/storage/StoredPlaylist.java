package dev.musicbot.api.storage;

import dev.musicbot.api.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A named playlist of a guild.
 *
 * @param name the name as the user wrote it; unique per guild, compared case-insensitively
 * @param owner the member who created it (may change and delete it, as may members with Manage Server)
 * @param entries the songs in order
 */
public record StoredPlaylist(String name, UserId owner, List<PlaylistEntry> entries) {

    /** Validates and copies the fields. */
    public StoredPlaylist {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        entries = List.copyOf(entries);
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a playlist name has 1 to 100 characters");
        }
    }

    /**
     * A copy with other entries.
     *
     * @param newEntries the entries
     * @return the new playlist
     */
    public StoredPlaylist withEntries(List<PlaylistEntry> newEntries) {
        return new StoredPlaylist(name, owner, newEntries);
    }
}
