package dev.musicbot.plugin.playlists.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.StoredGuildState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PostgresGuildStateStoreTest {
    private static final GuildId GUILD = new GuildId(400000000000000001L);

    private static PostgresGuildStateStore open(String url) {
        return new PostgresGuildStateStore(url, TestDatabase.user(), TestDatabase.password());
    }

    private static int countIn(StoredGuildState stored) {
        return stored instanceof StoredGuildState.Found(String document) ? Integer.parseInt(document) : 0;
    }

    @Test
    void idIsPostgresLikeThePlaylistStore() {
        String url = TestDatabase.freshSchemaUrl();
        assertThat(open(url).id())
                .isEqualTo(new PostgresPlaylistStore(url, TestDatabase.user(), TestDatabase.password()).id())
                .isEqualTo("postgres");
    }

    @Test
    void updatesFromTwoProcessesLoseNothing() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        List<PostgresGuildStateStore> processes = List.of(open(url), open(url));
        int threads = 6;
        int increments = 15;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                PostgresGuildStateStore store = processes.get(t % 2);
                results.add(pool.submit(() -> {
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    for (int i = 0; i < increments; i++) {
                        store.update(GUILD, stored -> Optional.of(Integer.toString(countIn(stored) + 1)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        }
        assertThat(countIn(processes.getFirst().load(GUILD))).isEqualTo(threads * increments);
    }

    @Test
    void aStateSetAsideIsKeptWithItsReason() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        PostgresGuildStateStore store = open(url);
        store.save(GUILD, "{not json");
        store.setAside(GUILD, "not valid JSON");
        assertThat(store.load(GUILD)).isEqualTo(StoredGuildState.ABSENT);
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = c.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT guild_id, document, reason FROM guild_state_set_aside")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(GUILD.value());
            assertThat(rows.getString(2)).isEqualTo("{not json");
            assertThat(rows.getString(3)).isEqualTo("not valid JSON");
            assertThat(rows.next()).isFalse();
        }
    }
}
