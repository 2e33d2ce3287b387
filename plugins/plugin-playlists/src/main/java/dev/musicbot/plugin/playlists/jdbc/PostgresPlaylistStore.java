package dev.musicbot.plugin.playlists.jdbc;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PlaylistStore} in a PostgreSQL database, reached with plain {@link DriverManager} connections.
 *
 * <p>The store creates its tables in the connection's current schema if they are missing and records the schema
 * version in {@code schema_version}; a database with a newer version is refused. Playlist names are unique per
 * guild case-insensitively, with the same rule as {@link String#CASE_INSENSITIVE_ORDER}: the column {@code
 * name_key} holds the folded name (computed here, not by the database's locale) and {@code (guild_id, name_key)}
 * is unique. The name is stored as written.
 *
 * <p>Every write is one transaction that first takes {@code pg_advisory_xact_lock(guild id)}, so the writes of a
 * guild are serialised across threads and processes and never lose each other's changes; guilds do not wait for
 * each other. Every value is a bound parameter; no SQL is built from user text.
 *
 * <p>Text that PostgreSQL cannot store exactly (a NUL character or an unpaired surrogate) is refused with an
 * {@link IllegalArgumentException} rather than stored altered. Database failures are thrown as {@link
 * UncheckedIOException}.
 */
public final class PostgresPlaylistStore implements PlaylistStore {
    /** The schema version this class writes. */
    static final int SCHEMA_VERSION = 1;

    /** Serialises schema creation across processes; any constant distinct from plausible guild ids. */
    private static final long SCHEMA_LOCK = 0x6d75736963626f74L;

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

    private static final Comparator<StoredPlaylist> BY_NAME =
            Comparator.comparing(StoredPlaylist::name, String.CASE_INSENSITIVE_ORDER);

    private static final List<String> SCHEMA = List.of("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version integer PRIMARY KEY
            )""", """
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
            )""");

    private static final String SELECT_PLAYLISTS = """
            SELECT p.id, p.name, p.owner_id, e.position, e.query, e.title, e.author, e.length_seconds,
                   e.length_nanos, e.uri, e.artwork_url, e.isrc
            FROM playlists p LEFT JOIN playlist_entries e ON e.playlist_id = p.id
            WHERE p.guild_id = ?""";

    private final String url;
    private final String user;
    private final String password;

    /**
     * Opens the store and creates its tables if they are missing.
     *
     * @param url the JDBC URL, for example {@code jdbc:postgresql://127.0.0.1:5432/musicbot}
     * @param user the database user
     * @param password the password
     * @throws UncheckedIOException if the database cannot be reached or has a newer schema version
     */
    public PostgresPlaylistStore(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        inTransaction("create the playlist tables", SCHEMA_LOCK, this::createSchema);
    }

    @Override
    public String id() {
        return "postgres";
    }

    @Override
    public List<StoredPlaylist> list(GuildId guild) {
        Objects.requireNonNull(guild, "guild");
        return withConnection("read the playlists of guild " + guild, c -> {
            List<StoredPlaylist> playlists =
                    new ArrayList<>(select(c, guild, null).values());
            playlists.sort(BY_NAME);
            return playlists;
        });
    }

    @Override
    public Optional<StoredPlaylist> find(GuildId guild, String name) {
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(name, "name");
        return withConnection(
                "read a playlist of guild " + guild,
                c -> select(c, guild, nameKey(name)).values().stream().findFirst());
    }

    @Override
    public void save(GuildId guild, StoredPlaylist playlist) {
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(playlist, "playlist");
        checkStorable(playlist);
        inTransaction("save a playlist of guild " + guild, guild.value(), c -> {
            Optional<Long> existing = idOf(c, guild, playlist.name());
            if (existing.isPresent()) {
                replace(c, existing.get(), playlist);
            } else {
                insert(c, guild, playlist);
            }
            return null;
        });
    }

    @Override
    public boolean delete(GuildId guild, String name) {
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(name, "name");
        return inTransaction("delete a playlist of guild " + guild, guild.value(), c -> {
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM playlists WHERE guild_id = ? AND name_key = ?")) {
                delete.setLong(1, guild.value());
                delete.setString(2, nameKey(name));
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<String> active(GuildId guild) {
        Objects.requireNonNull(guild, "guild");
        return withConnection("read the active playlist of guild " + guild, c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT p.name FROM active_playlists a JOIN playlists p ON p.id = a.playlist_id"
                            + " WHERE a.guild_id = ?")) {
                select.setLong(1, guild.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void setActive(GuildId guild, String name) {
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(name, "name");
        inTransaction("set the active playlist of guild " + guild, guild.value(), c -> {
            long id = idOf(c, guild, name).orElseThrow(() -> new NoSuchElementException("no playlist " + name));
            try (PreparedStatement upsert =
                    c.prepareStatement("INSERT INTO active_playlists (guild_id, playlist_id) VALUES (?, ?)"
                            + " ON CONFLICT (guild_id) DO UPDATE SET playlist_id = EXCLUDED.playlist_id")) {
                upsert.setLong(1, guild.value());
                upsert.setLong(2, id);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Changes one playlist atomically: reads it, applies {@code change} and writes the result in one transaction
     * holding the guild's lock, so concurrent updates (from any thread or process) never lose each other's changes.
     * The result may rename the playlist; the active playlist follows a rename. Nothing is written if {@code
     * change} returns an equal playlist or throws.
     *
     * @param guild the guild
     * @param name the playlist's name, case-insensitively
     * @param change computes the new playlist from the stored one; it runs while the guild is locked, so it must be
     *     quick and must not call this store
     * @return the playlist as stored afterwards
     * @throws NoSuchElementException if there is no such playlist
     * @throws IllegalArgumentException if the result takes the name of another playlist
     * @throws UncheckedIOException if the database fails
     */
    @Override
    public StoredPlaylist update(GuildId guild, String name, UnaryOperator<StoredPlaylist> change) {
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
        return inTransaction("update a playlist of guild " + guild, guild.value(), c -> {
            Map<Long, StoredPlaylist> found = select(c, guild, nameKey(name));
            if (found.isEmpty()) {
                throw new NoSuchElementException("no playlist " + name);
            }
            Map.Entry<Long, StoredPlaylist> current =
                    found.entrySet().iterator().next();
            StoredPlaylist changed = Objects.requireNonNull(change.apply(current.getValue()), "change returned null");
            if (changed.equals(current.getValue())) {
                return changed;
            }
            checkStorable(changed);
            Optional<Long> clash = idOf(c, guild, changed.name());
            if (clash.isPresent() && !clash.get().equals(current.getKey())) {
                throw new IllegalArgumentException("a playlist named " + changed.name() + " already exists");
            }
            replace(c, current.getKey(), changed);
            return changed;
        });
    }

    /**
     * The case-insensitive key of a name: equal for two names exactly when {@link String#CASE_INSENSITIVE_ORDER}
     * finds them equal.
     */
    static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints()
                .map(cp -> Character.toLowerCase(Character.toUpperCase(cp)))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private @Nullable Void createSchema(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
            int version = 0;
            try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                if (rows.next()) {
                    version = rows.getInt(1);
                }
            }
            if (version > SCHEMA_VERSION) {
                throw new SQLException("the playlist tables have schema version " + version + ", newer than this bot's "
                        + SCHEMA_VERSION + "; upgrade the bot");
            }
            if (version < SCHEMA_VERSION) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                    insert.setInt(1, SCHEMA_VERSION);
                    insert.executeUpdate();
                }
            }
        }
        return null;
    }

    /** The playlists of a guild (or the one with {@code key}), by row id, entries in order. */
    private static Map<Long, StoredPlaylist> select(Connection c, GuildId guild, @Nullable String key)
            throws SQLException {
        String sql = SELECT_PLAYLISTS + (key == null ? "" : " AND p.name_key = ?") + " ORDER BY p.id, e.position";
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, UserId> owners = new LinkedHashMap<>();
        Map<Long, List<PlaylistEntry>> entries = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, guild.value());
            if (key != null) {
                select.setString(2, key);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    names.putIfAbsent(id, rows.getString("name"));
                    owners.putIfAbsent(id, new UserId(rows.getLong("owner_id")));
                    List<PlaylistEntry> list = entries.computeIfAbsent(id, x -> new ArrayList<>());
                    String query = rows.getString("query");
                    if (query != null) {
                        Duration length =
                                Duration.ofSeconds(rows.getLong("length_seconds"), rows.getInt("length_nanos"));
                        TrackInfo info = new TrackInfo(
                                rows.getString("title"),
                                rows.getString("author"),
                                length,
                                rows.getString("uri"),
                                rows.getString("artwork_url"),
                                rows.getString("isrc"));
                        list.add(new PlaylistEntry(query, info));
                    }
                }
            }
        }
        Map<Long, StoredPlaylist> playlists = new LinkedHashMap<>();
        names.forEach((id, name) ->
                playlists.put(id, new StoredPlaylist(name, Objects.requireNonNull(owners.get(id)), entries.get(id))));
        return playlists;
    }

    private static Optional<Long> idOf(Connection c, GuildId guild, String name) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT id FROM playlists WHERE guild_id = ? AND name_key = ?")) {
            select.setLong(1, guild.value());
            select.setString(2, nameKey(name));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, GuildId guild, StoredPlaylist playlist) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO playlists (guild_id, name, name_key, owner_id) VALUES (?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, guild.value());
            insert.setString(2, playlist.name());
            insert.setString(3, nameKey(playlist.name()));
            insert.setLong(4, playlist.owner().value());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        insertEntries(c, id, playlist.entries());
    }

    /** Replaces row {@code id}'s name, owner and entries, keeping its id (so the active playlist stays). */
    private static void replace(Connection c, long id, StoredPlaylist playlist) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE playlists SET name = ?, name_key = ?, owner_id = ? WHERE id = ?")) {
            update.setString(1, playlist.name());
            update.setString(2, nameKey(playlist.name()));
            update.setLong(3, playlist.owner().value());
            update.setLong(4, id);
            update.executeUpdate();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM playlist_entries WHERE playlist_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        insertEntries(c, id, playlist.entries());
    }

    private static void insertEntries(Connection c, long id, List<PlaylistEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO playlist_entries (playlist_id, position, query, title, author, length_seconds,"
                        + " length_nanos, uri, artwork_url, isrc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < entries.size(); position++) {
                PlaylistEntry entry = entries.get(position);
                TrackInfo info = entry.info();
                insert.setLong(1, id);
                insert.setInt(2, position);
                insert.setString(3, entry.query());
                insert.setString(4, info.title());
                insert.setString(5, info.author());
                insert.setLong(6, info.length().getSeconds());
                insert.setInt(7, info.length().getNano());
                setNullable(insert, 8, info.uri());
                setNullable(insert, 9, info.artworkUrl());
                setNullable(insert, 10, info.isrc());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void checkStorable(StoredPlaylist playlist) {
        checkText(playlist.name());
        for (PlaylistEntry entry : playlist.entries()) {
            TrackInfo info = entry.info();
            checkText(entry.query());
            checkText(info.title());
            checkText(info.author());
            checkText(info.uri());
            checkText(info.artworkUrl());
            checkText(info.isrc());
        }
    }

    /** PostgreSQL text cannot hold NUL, and the driver would replace an unpaired surrogate. */
    private static void checkText(@Nullable String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u0000') {
                throw new IllegalArgumentException("text with a NUL character cannot be stored");
            }
            if (Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                throw new IllegalArgumentException("text with an unpaired surrogate cannot be stored");
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private <T> T withConnection(String what, Work<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs {@code work} in one transaction holding the advisory lock {@code lock}; rolls back if it throws. */
    private <T> T inTransaction(String what, long lock, Work<T> work) {
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
