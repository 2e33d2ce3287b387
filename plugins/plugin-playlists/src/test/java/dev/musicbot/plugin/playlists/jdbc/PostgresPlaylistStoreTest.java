package dev.musicbot.plugin.playlists.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PostgresPlaylistStoreTest {
    private static final GuildId GUILD = new GuildId(400000000000000001L);
    private static final GuildId OTHER_GUILD = new GuildId(400000000000000002L);
    private static final UserId OWNER = new UserId(300000000000000001L);
    private static final int THREADS = 8;
    private static final int APPENDS = 25;

    private static final List<String> HOSTILE_NAMES = List.of(
            "Robert'); DROP TABLE playlists;--",
            "' OR '1'='1",
            "\"; DELETE FROM playlist_entries; --",
            "$$ $tag$ \\ backslash",
            "../../etc/passwd",
            "..\\..\\Windows",
            "🎵".repeat(50),
            "🔥 mix 🎶 🇺🇦",
            "e\u0301 vs é",
            "  spaces around  ",
            "%_ like wildcards");

    private static PlaylistEntry entry(String query) {
        return new PlaylistEntry(query, TrackInfo.of(query, Duration.ofSeconds(180)));
    }

    private static StoredPlaylist playlist(String name, String... songs) {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (String song : songs) {
            entries.add(entry(song));
        }
        return new StoredPlaylist(name, OWNER, entries);
    }

    @Test
    void idIsPostgres() {
        assertThat(TestDatabase.freshStore().id()).isEqualTo("postgres");
    }

    @Test
    void concurrentUpdatesLoseNothing() throws Exception {
        PostgresPlaylistStore store = TestDatabase.freshStore();
        store.save(GUILD, playlist("Shared"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int thread = 0; thread < THREADS; thread++) {
                String prefix = "t" + thread + "-";
                results.add(pool.submit(() -> {
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    for (int i = 0; i < APPENDS; i++) {
                        PlaylistEntry added = entry(prefix + i);
                        store.update(GUILD, "SHARED", p -> {
                            List<PlaylistEntry> entries = new ArrayList<>(p.entries());
                            entries.add(added);
                            return p.withEntries(entries);
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        }

        List<String> queries = store.find(GUILD, "shared").orElseThrow().entries().stream()
                .map(PlaylistEntry::query)
                .toList();
        assertThat(queries).hasSize(THREADS * APPENDS).doesNotHaveDuplicates();
        for (int thread = 0; thread < THREADS; thread++) {
            String prefix = "t" + thread + "-";
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < APPENDS; i++) {
                expected.add(prefix + i);
            }
            assertThat(queries.stream().filter(q -> q.startsWith(prefix)))
                    .as("thread %d's appends, in its order", thread)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void hostileNamesAreDataAndRoundTripExactly() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        PostgresPlaylistStore store = new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password());
        for (String name : HOSTILE_NAMES) {
            store.save(GUILD, playlist(name, name, "song"));
        }
        store.setActive(GUILD, "robert'); drop table playlists;--");

        PostgresPlaylistStore reopened = new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password());
        assertThat(reopened.list(GUILD))
                .extracting(StoredPlaylist::name)
                .containsExactlyInAnyOrderElementsOf(HOSTILE_NAMES);
        for (String name : HOSTILE_NAMES) {
            assertThat(reopened.find(GUILD, name)).contains(playlist(name, name, "song"));
        }
        assertThat(reopened.active(GUILD)).contains("Robert'); DROP TABLE playlists;--");
        assertThat(reopened.find(GUILD, "%")).isEmpty();
        assertThat(reopened.find(GUILD, "' OR '1'='1' --")).isEmpty();
        assertThat(countRows(url, "playlists")).isEqualTo(HOSTILE_NAMES.size());

        for (String name : HOSTILE_NAMES) {
            assertThat(reopened.delete(GUILD, name)).as(name).isTrue();
        }
        assertThat(reopened.list(GUILD)).isEmpty();
        assertThat(reopened.active(GUILD)).isEmpty();
    }

    @Test
    void textPostgresCannotHoldIsRefusedNotAltered() {
        PostgresPlaylistStore store = TestDatabase.freshStore();
        assertThatThrownBy(() -> store.save(GUILD, playlist("nul\u0000name")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.save(GUILD, playlist("ok", "half \uD83C surrogate")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list(GUILD)).isEmpty();
    }

    @Test
    void trackInfoRoundTripsExactly() {
        PostgresPlaylistStore store = TestDatabase.freshStore();
        TrackInfo full = new TrackInfo(
                "Title",
                "Artist",
                Duration.ofSeconds(3, 123_456_789),
                "https://example.com/p",
                "https://a/b.jpg",
                "US1");
        TrackInfo stream = TrackInfo.of("Live", Duration.ZERO);
        StoredPlaylist saved = new StoredPlaylist(
                "Full",
                OWNER,
                List.of(new PlaylistEntry("https://example.com/p", full), new PlaylistEntry("live", stream)));
        store.save(GUILD, saved);
        assertThat(store.find(GUILD, "full")).contains(saved);
    }

    @Test
    void savingKeepsTheNewSpellingAndTheActivePlaylist() {
        PostgresPlaylistStore store = TestDatabase.freshStore();
        store.save(GUILD, playlist("Mix", "a"));
        store.setActive(GUILD, "mix");
        store.save(GUILD, playlist("MIX", "b"));
        assertThat(store.active(GUILD)).contains("MIX");
        assertThat(store.list(GUILD)).containsExactly(playlist("MIX", "b"));
        assertThat(store.list(OTHER_GUILD)).isEmpty();
    }

    @Test
    void updateRenamesRefusesClashesAndMissing() {
        PostgresPlaylistStore store = TestDatabase.freshStore();
        store.save(GUILD, playlist("One", "a"));
        store.save(GUILD, playlist("Two", "b"));
        store.setActive(GUILD, "one");

        StoredPlaylist renamed = store.update(GUILD, "ONE", p -> new StoredPlaylist("Uno", p.owner(), p.entries()));
        assertThat(renamed).isEqualTo(playlist("Uno", "a"));
        assertThat(store.active(GUILD)).contains("Uno");
        assertThat(store.find(GUILD, "one")).isEmpty();

        assertThatThrownBy(() -> store.update(GUILD, "uno", p -> new StoredPlaylist("two", p.owner(), p.entries())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.update(GUILD, "missing", p -> p)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> store.update(GUILD, "uno", p -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.list(GUILD)).containsExactly(playlist("Two", "b"), playlist("Uno", "a"));
    }

    @Test
    void schemaVersionIsRecordedAndANewerOneIsRefused() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password());
        new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password());
        assertThat(countRows(url, "schema_version")).isEqualTo(Schema.VERSION);
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = c.createStatement()) {
            statement.execute("INSERT INTO schema_version (version) VALUES (99)");
        }
        assertThatThrownBy(() -> new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void anUnreachableDatabaseIsAnUncheckedIoException() {
        assertThatThrownBy(() -> new PostgresPlaylistStore("jdbc:postgresql://127.0.0.1:1/none", "x", "y"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:1");
    }

    private static long countRows(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
