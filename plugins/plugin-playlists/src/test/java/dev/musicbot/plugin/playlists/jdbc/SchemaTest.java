package dev.musicbot.plugin.playlists.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.StoredPlaylist;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private static final GuildId GUILD = new GuildId(400000000000000001L);

    private static Database database(String url) {
        return new Database(url, TestDatabase.user(), TestDatabase.password());
    }

    private static List<Integer> versions(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            List<Integer> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            return versions;
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void processesStartingAtOnceMigrateOnceAndAllStart() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        int processes = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> found = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(processes)) {
            for (int i = 0; i < processes; i++) {
                // Each "process" has its own connection to the database, as separate bot processes would.
                Database own = database(url);
                found.add(pool.submit(() -> {
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    return Schema.migrate(own);
                }));
            }
            start.countDown();
            List<Integer> before = new ArrayList<>();
            for (Future<Integer> result : found) {
                before.add(result.get(120, TimeUnit.SECONDS));
            }
            // Exactly one found the empty database and migrated it; the others waited and found it current.
            assertThat(before).containsExactlyInAnyOrder(0, Schema.VERSION, Schema.VERSION, Schema.VERSION);
        }
        assertThat(versions(url))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, Schema.VERSION).boxed().toList());
        PostgresGuildStateStore store = new PostgresGuildStateStore(url, TestDatabase.user(), TestDatabase.password());
        store.save(GUILD, "{}");
        assertThat(store.guilds()).containsExactly(GUILD);
    }

    @Test
    void aVersionOneDatabaseKeepsItsPlaylistsAndGainsGuildState() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        // The database as the playlist store left it before guild state moved here: version 1.
        execute(url, "CREATE TABLE schema_version (version integer PRIMARY KEY)");
        execute(url, """
                CREATE TABLE playlists (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    guild_id bigint NOT NULL,
                    name text NOT NULL,
                    name_key text NOT NULL,
                    owner_id bigint NOT NULL,
                    CONSTRAINT playlists_guild_name_key UNIQUE (guild_id, name_key)
                )""");
        execute(url, """
                CREATE TABLE playlist_entries (
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
                )""");
        execute(url, """
                CREATE TABLE active_playlists (
                    guild_id bigint PRIMARY KEY,
                    playlist_id bigint NOT NULL UNIQUE REFERENCES playlists (id) ON DELETE CASCADE
                )""");
        execute(
                url,
                "INSERT INTO playlists (guild_id, name, name_key, owner_id) VALUES (" + GUILD.value()
                        + ", 'Road Trip', 'road trip', 300000000000000001)");
        execute(url, "INSERT INTO schema_version (version) VALUES (1)");

        assertThat(Schema.migrate(database(url))).isEqualTo(1);

        assertThat(versions(url)).containsExactly(1, 2);
        PostgresPlaylistStore playlists = new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password());
        assertThat(playlists.find(GUILD, "road trip"))
                .contains(new StoredPlaylist("Road Trip", new UserId(300000000000000001L), List.of()));
        PostgresGuildStateStore states = new PostgresGuildStateStore(url, TestDatabase.user(), TestDatabase.password());
        states.save(GUILD, "{\"schemaVersion\":1}");
        assertThat(states.guilds()).containsExactly(GUILD);
    }

    @Test
    void aNewerDatabaseIsRefusedByBothStores() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        Schema.migrate(database(url));
        execute(url, "INSERT INTO schema_version (version) VALUES (" + (Schema.VERSION + 1) + ")");
        assertThatThrownBy(() -> new PostgresGuildStateStore(url, TestDatabase.user(), TestDatabase.password()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("schema version " + (Schema.VERSION + 1));
    }
}
