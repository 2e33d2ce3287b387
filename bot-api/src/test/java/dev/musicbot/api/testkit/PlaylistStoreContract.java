package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link PlaylistStore} must do. Extend it with a factory for fresh, empty stores. */
public abstract class PlaylistStoreContract {
    private static final GuildId GUILD = new GuildId(400000000000000001L);
    private static final GuildId OTHER_GUILD = new GuildId(400000000000000002L);
    private static final UserId OWNER = new UserId(300000000000000001L);

    /** A new, empty store. */
    protected abstract PlaylistStore newStore();

    protected static StoredPlaylist playlist(String name, String... songs) {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (String song : songs) {
            entries.add(new PlaylistEntry(song, TrackInfo.of(song, Duration.ofSeconds(180))));
        }
        return new StoredPlaylist(name, OWNER, entries);
    }

    @Test
    void savedPlaylistIsFoundCaseInsensitively() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("Road Trip", "a", "b"));
        assertThat(store.find(GUILD, "road trip")).contains(playlist("Road Trip", "a", "b"));
        assertThat(store.find(GUILD, "nothing")).isEmpty();
    }

    @Test
    void savingTheSameNameReplaces() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("Mix", "a"));
        store.save(GUILD, playlist("mix", "b", "c"));
        assertThat(store.list(GUILD)).hasSize(1);
        assertThat(store.find(GUILD, "MIX").orElseThrow().entries()).hasSize(2);
    }

    @Test
    void listIsSortedByName() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("b"));
        store.save(GUILD, playlist("A"));
        store.save(GUILD, playlist("c"));
        assertThat(store.list(GUILD)).extracting(StoredPlaylist::name).containsExactly("A", "b", "c");
    }

    @Test
    void guildsAreIsolated() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("Mine", "a"));
        assertThat(store.list(OTHER_GUILD)).isEmpty();
        assertThat(store.find(OTHER_GUILD, "Mine")).isEmpty();
    }

    @Test
    void deleteRemovesAndReports() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("Gone", "a"));
        assertThat(store.delete(GUILD, "GONE")).isTrue();
        assertThat(store.delete(GUILD, "gone")).isFalse();
        assertThat(store.find(GUILD, "gone")).isEmpty();
    }

    @Test
    void activePlaylistIsTrackedAndClearedOnDelete() {
        PlaylistStore store = newStore();
        assertThat(store.active(GUILD)).isEmpty();
        store.save(GUILD, playlist("Now", "a"));
        store.setActive(GUILD, "now");
        assertThat(store.active(GUILD))
                .hasValueSatisfying(name -> assertThat(name).isEqualToIgnoringCase("now"));
        store.delete(GUILD, "Now");
        assertThat(store.active(GUILD)).isEmpty();
    }

    @Test
    void activatingAnUnknownPlaylistFails() {
        PlaylistStore store = newStore();
        assertThatThrownBy(() -> store.setActive(GUILD, "missing")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void concurrentSavesAllLand() throws Exception {
        PlaylistStore store = newStore();
        List<Future<?>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                String name = "list-" + i;
                writes.add(pool.submit(() -> store.save(GUILD, playlist(name, "song"))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        assertThat(store.list(GUILD)).hasSize(40);
    }

    @Test
    void concurrentUpdatesKeepEveryChange() throws Exception {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("shared"));
        List<Future<?>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                PlaylistEntry song = playlist("x", "song-" + i).entries().getFirst();
                writes.add(pool.submit(() -> store.update(GUILD, "SHARED", current -> {
                    List<PlaylistEntry> entries = new ArrayList<>(current.entries());
                    entries.add(song);
                    return current.withEntries(entries);
                })));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        assertThat(store.find(GUILD, "shared").orElseThrow().entries())
                .extracting(PlaylistEntry::query)
                .hasSize(40)
                .doesNotHaveDuplicates();
    }

    @Test
    void updateReturnsAndStoresTheChangedPlaylist() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("mix", "a"));
        StoredPlaylist changed = store.update(
                GUILD,
                "Mix",
                current -> current.withEntries(playlist("mix", "a", "b").entries()));
        assertThat(changed.entries()).extracting(PlaylistEntry::query).containsExactly("a", "b");
        assertThat(store.find(GUILD, "mix")).contains(changed);
    }

    @Test
    void aFailingUpdateStoresNothing() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("mix", "a"));
        assertThatThrownBy(() -> store.update(GUILD, "mix", current -> {
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("refused");
        assertThat(store.find(GUILD, "mix").orElseThrow().entries())
                .extracting(PlaylistEntry::query)
                .containsExactly("a");
    }

    @Test
    void updatingAnUnknownPlaylistFails() {
        PlaylistStore store = newStore();
        assertThatThrownBy(() -> store.update(GUILD, "missing", current -> current))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aRenameKeepsTheActivePlaylistAndRefusesATakenName() {
        PlaylistStore store = newStore();
        store.save(GUILD, playlist("old", "a"));
        store.save(GUILD, playlist("taken"));
        store.setActive(GUILD, "old");
        store.update(GUILD, "old", current -> new StoredPlaylist("new", current.owner(), current.entries()));
        assertThat(store.find(GUILD, "old")).isEmpty();
        assertThat(store.active(GUILD)).contains("new");
        assertThatThrownBy(() -> store.update(
                        GUILD, "new", current -> new StoredPlaylist("Taken", current.owner(), current.entries())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(GUILD, "new")).isPresent();
    }
}
