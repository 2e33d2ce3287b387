package dev.musicbot.plugin.playlists;

import org.jspecify.annotations.Nullable;

/**
 * Section {@code plugins.playlists}.
 *
 * @param maxPlaylists playlists per guild (default 50)
 * @param maxSongs songs per playlist (default 500)
 * @param maxNameLength characters in a playlist name (default 50)
 * @param jdbcUrl a PostgreSQL JDBC URL: registers the {@code postgres} stores of playlists and of guild state
 *     (select them with {@code storage.playlists: postgres}) for several bot processes sharing playlists, settings
 *     and queues
 * @param jdbcUser the database user
 * @param jdbcPassword the database password (masked when configuration is printed)
 */
public record PlaylistsConfig(
        @Nullable Integer maxPlaylists,
        @Nullable Integer maxSongs,
        @Nullable Integer maxNameLength,
        @Nullable String jdbcUrl,
        @Nullable String jdbcUser,
        @Nullable String jdbcPassword) {

    /** The limits with defaults filled in. */
    Limits limits() {
        return new Limits(
                maxPlaylists == null ? 50 : maxPlaylists,
                maxSongs == null ? 500 : maxSongs,
                maxNameLength == null ? 50 : maxNameLength);
    }

    /** Effective limits. */
    record Limits(int playlists, int songs, int nameLength) {
        Limits {
            if (playlists < 1 || songs < 1 || nameLength < 1 || nameLength > 100) {
                throw new IllegalArgumentException(
                        "plugins.playlists limits must be positive (name length at most 100)");
            }
        }
    }
}
