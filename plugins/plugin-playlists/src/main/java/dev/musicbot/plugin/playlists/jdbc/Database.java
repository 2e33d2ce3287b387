package dev.musicbot.plugin.playlists.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * How the PostgreSQL stores reach their database: plain {@link DriverManager} connections, one per call, and
 * transactions serialised by a transaction-scoped advisory lock. Failures become {@link UncheckedIOException}s
 * that name the database (without its parameters) and never the password.
 */
final class Database {
    /*
     * The driver ships inside the plugin's own file, where DriverManager's ServiceLoader (which looks through
     * the application's class loader) does not see it: loading the class from here registers it.
     */
    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
    }

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    <T> T withConnection(String what, Work<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} in one transaction holding {@code pg_advisory_xact_lock(lock)}, so that transactions with
     * the same lock, from any thread or process, run one after the other; rolls back if it throws.
     */
    <T> T inTransaction(String what, long lock, Work<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement acquire = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    acquire.setLong(1, lock);
                    acquire.execute();
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private UncheckedIOException failure(String what, SQLException e) {
        String database = url.replaceFirst("\\?.*", "");
        return new UncheckedIOException(
                "Could not " + what + " in PostgreSQL at " + database + ": " + e.getMessage(),
                new IOException(e.getMessage(), e));
    }
}
