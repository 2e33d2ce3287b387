package dev.musicbot.plugin.playlists.jdbc;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the PostgreSQL stores (playlists and guild state share one database, and one schema version),
 * migrated at start-up.
 *
 * <p>{@link #migrate} runs in one transaction holding an advisory lock: when several bot processes start at once,
 * one migrates and the others wait for it, then find the schema current and do nothing. PostgreSQL's DDL is
 * transactional, so a migration that fails leaves the previous version whole. A database whose version is newer
 * than this code's is refused.
 */
final class Schema {
    /** The version this code migrates to. */
    static final int VERSION = 2;

    /** Serialises migrations across processes; any constant distinct from plausible guild ids. */
    private static final long LOCK = 0x6d75736963626f74L;

    /** Migration {@code i} brings the schema from version {@code i} to {@code i + 1}. */
    private static final List<List<String>> MIGRATIONS = List.of(
            // 1: the playlists. IF NOT EXISTS: databases from before versioning have these tables already.
            List.of("""
                    CREATE TABLE IF NOT EXISTS playlists (
                        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        guild_id bigint NOT NULL,
                        name text NOT NULL,
                        name_key text NOT NULL,
                        owner_id bigint NOT NULL,
                        CONSTRAINT playlists_guild_name_key UNIQUE (guild_id, name_key)
                    )""", """
                    CREATE TABLE IF NOT EXISTS playlist_entries (
                        playlist_id bigint NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
                        position integer NOT NULL,
                        query text NOT NULL,
                        title text NOT NULL,
                        author text NOT NULL,
                        length_seconds bigint NOT NULL,
                        length_nanos integer NOT NULL,
                        uri text,
                        artwork_url text,
                        isrc text,
                        PRIMARY KEY (playlist_id, position)
                    )""", """
                    CREATE TABLE IF NOT EXISTS active_playlists (
                        guild_id bigint PRIMARY KEY,
                        playlist_id bigint NOT NULL UNIQUE REFERENCES playlists (id) ON DELETE CASCADE
                    )"""),
            // 2: guild settings and queue snapshots, one document per guild, and what was set aside.
            List.of("""
                    CREATE TABLE guild_state (
                        guild_id bigint PRIMARY KEY,
                        document text NOT NULL,
                        saved_at timestamptz NOT NULL DEFAULT now()
                    )""", """
                    CREATE TABLE guild_state_set_aside (
                        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        guild_id bigint NOT NULL,
                        document text NOT NULL,
                        reason text NOT NULL,
                        set_aside_at timestamptz NOT NULL DEFAULT now()
                    )"""));

    private Schema() {}

    /**
     * Brings the database to {@link #VERSION}.
     *
     * @param database the database
     * @return the version found before migrating (0 for an empty database)
     * @throws UncheckedIOException if the database cannot be reached, a migration fails, or the schema is newer
     */
    static int migrate(Database database) {
        return database.inTransaction("migrate the database schema", LOCK, Schema::migrate);
    }

    private static Integer migrate(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY)");
            int found = 0;
            try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                if (rows.next()) {
                    found = rows.getInt(1);
                }
            }
            if (found > VERSION) {
                throw new SQLException("the database has schema version " + found + ", newer than this bot's " + VERSION
                        + "; upgrade the bot");
            }
            for (int version = found; version < VERSION; version++) {
                for (String ddl : MIGRATIONS.get(version)) {
                    statement.execute(ddl);
                }
                record(c, version + 1);
            }
            return found;
        }
    }

    private static void record(Connection c, int version) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
            insert.setInt(1, version);
            insert.executeUpdate();
        }
    }
}
