package dev.musicbot.plugin.playlists.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: {@code musicbot.test.pg.url}/{@code .user}/{@code .password} system
 * properties, else the {@code MUSICBOT_TEST_PG_URL}/{@code _USER}/{@code _PASSWORD} environment variables, else
 * what {@code .ci/start-postgres} sets up. An unreachable server fails the tests; it never skips them.
 */
final class TestDatabase {
    static final String URL = setting("url", "jdbc:postgresql://127.0.0.1:5432/musicbot_test");
    static final String USER = setting("user", "musicbot");
    static final String PASSWORD = setting("password", "musicbot");

    private TestDatabase() {}

    private static String setting(String key, String fallback) {
        String property = System.getProperty("musicbot.test.pg." + key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("MUSICBOT_TEST_PG_" + key.toUpperCase(java.util.Locale.ROOT));
        return env != null && !env.isBlank() ? env : fallback;
    }

    /** A new, empty schema; returns a JDBC URL whose connections use it. */
    static String freshSchemaUrl() {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = c.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema); // a generated identifier, never user text
        } catch (SQLException e) {
            throw new AssertionError(
                    "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                            + "). Run .ci/start-postgres (as root) to install and start it, or point"
                            + " MUSICBOT_TEST_PG_URL/_USER/_PASSWORD at a server.",
                    e);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static PostgresPlaylistStore freshStore() {
        return new PostgresPlaylistStore(freshSchemaUrl(), USER, PASSWORD);
    }
}
