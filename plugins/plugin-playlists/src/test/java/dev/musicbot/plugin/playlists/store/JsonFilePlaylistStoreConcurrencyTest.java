package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.OTHER_GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.entry;
import static dev.musicbot.plugin.playlists.store.Fixtures.fileNames;
import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers on many threads never lose each other's changes; guilds do not wait for each other. */
class JsonFilePlaylistStoreConcurrencyTest {
    private static final int THREADS = 8;
    private static final int APPENDS = 50;

    @TempDir
    Path directory;

    @Test
    void concurrentUpdatesLoseNothing() throws Exception {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Shared"));

        runConcurrently(thread -> {
            for (int i = 0; i < APPENDS; i++) {
                PlaylistEntry added = entry("t" + thread + "-" + i);
                store.update(GUILD, "shared", p -> p.withEntries(JsonFilePlaylistStoreTest.append(p.entries(), added)));
            }
        });

        List<String> queries = new JsonFilePlaylistStore(directory)
                .find(GUILD, "Shared").orElseThrow().entries().stream()
                        .map(PlaylistEntry::query)
                        .toList();
        assertThat(queries).hasSize(THREADS * APPENDS).doesNotHaveDuplicates();
        for (int thread = 0; thread < THREADS; thread++) {
            String prefix = "t" + thread + "-";
            assertThat(queries.stream().filter(q -> q.startsWith(prefix)))
                    .as("thread %d's appends, in its order", thread)
                    .containsExactlyElementsOf(expectedAppends(prefix));
        }
    }

    @Test
    void concurrentSavesOfDistinctPlaylistsAcrossGuildsAllLand() throws Exception {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        List<GuildId> guilds = List.of(GUILD, OTHER_GUILD);

        runConcurrently(thread -> {
            for (int i = 0; i < 20; i++) {
                store.save(guilds.get(i % 2), playlist("p" + thread + "-" + i, "song"));
            }
        });

        assertThat(store.list(GUILD)).hasSize(THREADS * 10);
        assertThat(store.list(OTHER_GUILD)).hasSize(THREADS * 10);
        assertThat(fileNames(directory)).containsExactlyInAnyOrder(GUILD + ".json", OTHER_GUILD + ".json");
    }

    @Test
    void aBusyGuildBlocksItselfButNotOthers() throws Exception {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Slow", "a"));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        try (ExecutorService threads = Executors.newCachedThreadPool()) {
            Future<StoredPlaylist> slow = threads.submit(() -> store.update(GUILD, "slow", p -> {
                inside.countDown();
                awaitQuietly(release);
                return p.withEntries(List.of(entry("b")));
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

            threads.submit(() -> store.save(OTHER_GUILD, playlist("Quick", "a")))
                    .get(10, TimeUnit.SECONDS);
            Future<List<StoredPlaylist>> sameGuild = threads.submit(() -> store.list(GUILD));
            assertThatThrownBy(() -> sameGuild.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(playlist("Slow", "b"));
            assertThat(sameGuild.get(10, TimeUnit.SECONDS)).containsExactly(playlist("Slow", "b"));
        }
    }

    private static List<String> expectedAppends(String prefix) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < APPENDS; i++) {
            expected.add(prefix + i);
        }
        return expected;
    }

    /** Runs {@code work} on {@link #THREADS} threads at once and rethrows the first failure. */
    private static void runConcurrently(ThreadWork work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int thread = 0; thread < THREADS; thread++) {
                int id = thread;
                results.add(pool.submit(() -> {
                    awaitQuietly(start);
                    work.run(id);
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ThreadWork {
        void run(int thread);
    }
}
