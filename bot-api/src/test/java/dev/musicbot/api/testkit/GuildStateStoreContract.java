package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.StoredGuildState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GuildStateStore} must do. Extend it with a factory for fresh, empty stores, and override
 * {@link #reopen} if the store keeps its state outside the instance (files, a database).
 */
public abstract class GuildStateStoreContract {
    private static final GuildId GUILD = new GuildId(400000000000000001L);
    private static final GuildId OTHER_GUILD = new GuildId(400000000000000002L);
    private static final GuildId THIRD_GUILD = new GuildId(9000000000000000003L);

    /** A document shaped like the runtime's, with text a store must keep exactly. */
    private static final String DOCUMENT = "{\n  \"schemaVersion\" : 1,\n  \"settings\" : {\n    \"volume\" : 40,\n"
            + "    \"note\" : \"🎵 e\u0301 ' \\\" ; DROP TABLE guild_state; --\"\n  }\n}\n";

    /**
     * A new, empty store.
     *
     * @return the store
     */
    protected abstract GuildStateStore newStore();

    /**
     * Another instance on the same storage as {@code store} (as after a restart, or in a second process).
     *
     * @param store a store from {@link #newStore}
     * @return the other instance; the same one if the store keeps nothing outside itself
     */
    protected GuildStateStore reopen(GuildStateStore store) {
        return store;
    }

    private static String counter(int value) {
        return "{\"schemaVersion\":1,\"count\":" + value + "}";
    }

    private static int countIn(StoredGuildState stored) {
        if (!(stored instanceof StoredGuildState.Found(String document))) {
            return 0;
        }
        return Integer.parseInt(document.replaceAll(".*\"count\":(\\d+).*", "$1"));
    }

    @Test
    void nothingStoredIsAbsent() {
        GuildStateStore store = newStore();
        assertThat(store.load(GUILD)).isEqualTo(StoredGuildState.ABSENT);
        assertThat(store.guilds()).isEmpty();
    }

    @Test
    void idIsLowerKebabCase() {
        assertThat(newStore().id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void savedDocumentComesBackExactly() {
        GuildStateStore store = newStore();
        store.save(GUILD, DOCUMENT);
        assertThat(store.load(GUILD)).isEqualTo(new StoredGuildState.Found(DOCUMENT));
        assertThat(reopen(store).load(GUILD)).isEqualTo(new StoredGuildState.Found(DOCUMENT));
    }

    @Test
    void saveReplaces() {
        GuildStateStore store = newStore();
        store.save(GUILD, counter(1));
        store.save(GUILD, counter(2));
        assertThat(store.load(GUILD)).isEqualTo(new StoredGuildState.Found(counter(2)));
        assertThat(store.guilds()).containsExactly(GUILD);
    }

    @Test
    void guildsAreIsolatedAndListedInOrder() {
        GuildStateStore store = newStore();
        store.save(THIRD_GUILD, counter(3));
        store.save(GUILD, counter(1));
        assertThat(store.load(OTHER_GUILD)).isEqualTo(StoredGuildState.ABSENT);
        assertThat(store.guilds()).containsExactly(GUILD, THIRD_GUILD);
        assertThat(reopen(store).guilds()).containsExactly(GUILD, THIRD_GUILD);
    }

    @Test
    void updateSeesWhatIsStoredAndWritesWhatItReturns() {
        GuildStateStore store = newStore();
        List<StoredGuildState> seen = new ArrayList<>();
        store.update(GUILD, stored -> {
            seen.add(stored);
            return Optional.of(counter(1));
        });
        store.update(GUILD, stored -> {
            seen.add(stored);
            return Optional.of(counter(countIn(stored) + 1));
        });
        assertThat(seen).containsExactly(StoredGuildState.ABSENT, new StoredGuildState.Found(counter(1)));
        assertThat(reopen(store).load(GUILD)).isEqualTo(new StoredGuildState.Found(counter(2)));
    }

    @Test
    void updateReturningEmptyChangesNothing() {
        GuildStateStore store = newStore();
        store.update(OTHER_GUILD, stored -> Optional.empty());
        assertThat(store.load(OTHER_GUILD)).isEqualTo(StoredGuildState.ABSENT);
        assertThat(store.guilds()).isEmpty();
        store.save(GUILD, counter(5));
        store.update(GUILD, stored -> Optional.empty());
        assertThat(store.load(GUILD)).isEqualTo(new StoredGuildState.Found(counter(5)));
    }

    @Test
    void updateThatThrowsStoresNothing() {
        GuildStateStore store = newStore();
        store.save(GUILD, counter(5));
        IllegalStateException failure = new IllegalStateException("no");
        assertThatThrownBy(() -> store.update(GUILD, stored -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(store.load(GUILD)).isEqualTo(new StoredGuildState.Found(counter(5)));
    }

    @Test
    void concurrentUpdatesOfAGuildLoseNothing() throws Exception {
        GuildStateStore store = newStore();
        int threads = 6;
        int increments = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    for (int i = 0; i < increments; i++) {
                        store.update(GUILD, stored -> Optional.of(counter(countIn(stored) + 1)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        }
        assertThat(countIn(store.load(GUILD))).isEqualTo(threads * increments);
    }

    @Test
    void setAsideForgetsTheStateAndLeavesTheGuildFree() {
        GuildStateStore store = newStore();
        store.save(GUILD, counter(1));
        store.save(OTHER_GUILD, counter(2));
        store.setAside(GUILD, "test: not understood");
        assertThat(store.load(GUILD)).isEqualTo(StoredGuildState.ABSENT);
        assertThat(reopen(store).guilds()).containsExactly(OTHER_GUILD);
        store.save(GUILD, counter(3));
        assertThat(store.load(GUILD)).isEqualTo(new StoredGuildState.Found(counter(3)));
    }

    @Test
    void setAsideOfNothingDoesNothing() {
        GuildStateStore store = newStore();
        store.setAside(GUILD, "nothing there");
        store.setAside(GUILD, "nothing there");
        assertThat(store.load(GUILD)).isEqualTo(StoredGuildState.ABSENT);
        assertThat(store.guilds()).isEmpty();
    }
}
