package dev.musicbot.plugin.playlists.jdbc;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.StoredGuildState;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link GuildStateStore} in the same PostgreSQL database as the playlists ({@code postgres}, selected with
 * {@code storage.playlists: postgres}), so that any bot process can resume any guild.
 *
 * <p>One row per guild in {@code guild_state} holds the runtime's document as text, exactly as given. Every
 * write is one transaction that first takes {@code pg_advisory_xact_lock(guild id)} (the playlists' lock of the
 * guild), so the writes of a guild are serialised across threads and processes and an {@link #update} never
 * loses another write. A state that is set aside moves to {@code guild_state_set_aside} with its reason, in the
 * same transaction. Every value is a bound parameter. Database failures are thrown as
 * {@link UncheckedIOException}.
 */
public final class PostgresGuildStateStore implements GuildStateStore {
    private static final Logger log = LoggerFactory.getLogger(PostgresGuildStateStore.class);

    private static final String UPSERT = """
            INSERT INTO guild_state (guild_id, document) VALUES (?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET document = EXCLUDED.document, saved_at = now()""";

    private final Database database;

    /**
     * Opens the store and migrates the schema if needed.
     *
     * @param url the JDBC URL, for example {@code jdbc:postgresql://127.0.0.1:5432/musicbot}
     * @param user the database user
     * @param password the password
     * @throws UncheckedIOException if the database cannot be reached or has a newer schema version
     */
    public PostgresGuildStateStore(String url, String user, String password) {
        this.database = new Database(url, user, password);
        Schema.migrate(database);
    }

    @Override
    public String id() {
        return "postgres";
    }

    @Override
    public StoredGuildState load(GuildId guild) {
        return database.withConnection("read the state of guild " + guild, c -> select(c, guild));
    }

    @Override
    public void save(GuildId guild, String document) {
        database.inTransaction("save the state of guild " + guild, guild.value(), c -> upsert(c, guild, document));
    }

    @Override
    public void update(GuildId guild, Function<StoredGuildState, Optional<String>> change) {
        database.inTransaction("update the state of guild " + guild, guild.value(), c -> {
            Optional<String> changed = change.apply(select(c, guild));
            if (changed.isPresent()) {
                upsert(c, guild, changed.get());
            }
            return changed;
        });
    }

    @Override
    public List<GuildId> guilds() {
        return database.withConnection("list the guilds with a state", c -> {
            List<GuildId> guilds = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT guild_id FROM guild_state ORDER BY guild_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    guilds.add(new GuildId(rows.getLong(1)));
                }
            }
            return List.copyOf(guilds);
        });
    }

    @Override
    public void setAside(GuildId guild, String reason) {
        int moved = database.inTransaction("set aside the state of guild " + guild, guild.value(), c -> {
            try (PreparedStatement move = c.prepareStatement("""
                    WITH moved AS (DELETE FROM guild_state WHERE guild_id = ? RETURNING guild_id, document)
                    INSERT INTO guild_state_set_aside (guild_id, document, reason)
                    SELECT guild_id, document, ? FROM moved""")) {
                move.setLong(1, guild.value());
                move.setString(2, reason);
                return move.executeUpdate();
            }
        });
        if (moved > 0) {
            log.warn(
                    "Guild {}: its stored state is unreadable ({}); moved it to guild_state_set_aside and using"
                            + " default settings",
                    guild,
                    reason);
        }
    }

    private static StoredGuildState select(Connection c, GuildId guild) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT document FROM guild_state WHERE guild_id = ?")) {
            query.setLong(1, guild.value());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new StoredGuildState.Found(rows.getString(1)) : StoredGuildState.ABSENT;
            }
        }
    }

    private static @Nullable Void upsert(Connection c, GuildId guild, String document) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setLong(1, guild.value());
            upsert.setString(2, document);
            upsert.executeUpdate();
        }
        return null;
    }
}
