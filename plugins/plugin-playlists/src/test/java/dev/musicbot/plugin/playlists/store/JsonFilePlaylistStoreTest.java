package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.OWNER;
import static dev.musicbot.plugin.playlists.store.Fixtures.entry;
import static dev.musicbot.plugin.playlists.store.Fixtures.fileNames;
import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilePlaylistStoreTest {
    private static final String GOLDEN = "JsonFilePlaylistStoreTest/v1-guild.json";

    @TempDir
    Path directory;

    private static byte[] golden() throws IOException {
        try (InputStream in = JsonFilePlaylistStoreTest.class.getResourceAsStream(GOLDEN)) {
            return Objects.requireNonNull(in, GOLDEN).readAllBytes();
        }
    }

    private static StoredPlaylist roadTrip() {
        TrackInfo rick = new TrackInfo(
                "Never Gonna Give You Up",
                "Rick Astley",
                Duration.ofMillis(213_000),
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://i.ytimg.com/vi/dQw4w9WgXcQ/mqdefault.jpg",
                "GBARL9300135");
        TrackInfo stream = new TrackInfo("lofi hip hop radio", "", Duration.ZERO, null, null, null);
        return new StoredPlaylist(
                "Road Trip",
                OWNER,
                List.of(
                        new PlaylistEntry("https://www.youtube.com/watch?v=dQw4w9WgXcQ", rick),
                        new PlaylistEntry("ytsearch:lofi radio", stream)));
    }

    private static StoredPlaylist chill() {
        TrackInfo info = new TrackInfo("Café «Noir» \"live\"", "Ünal & ساره", Duration.ofMillis(1), null, null, null);
        return new StoredPlaylist(
                "chill ☕", new UserId(300000000000000002L), List.of(new PlaylistEntry("scsearch:café noir", info)));
    }

    @Test
    void idIsJsonFile() throws IOException {
        assertThat(new JsonFilePlaylistStore(directory).id()).isEqualTo("json-file");
    }

    @Test
    void writesTheGoldenFormat() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, roadTrip());
        store.save(GUILD, chill());
        store.setActive(GUILD, "road trip");

        assertThat(fileNames(directory)).containsExactly(GUILD + ".json");
        assertThat(new String(Files.readAllBytes(directory.resolve(GUILD + ".json")), StandardCharsets.UTF_8))
                .isEqualTo(new String(golden(), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheGoldenFormat() throws IOException {
        Files.write(directory.resolve(GUILD + ".json"), golden());
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);

        assertThat(store.list(GUILD)).containsExactly(chill(), roadTrip());
        assertThat(store.active(GUILD)).contains("Road Trip");
    }

    @Test
    void createsTheDirectory() throws IOException {
        Path nested = directory.resolve("data/playlist");
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(nested);
        assertThat(nested).isDirectory();
        assertThat(store.directory()).isEqualTo(nested);
    }

    @Test
    void savingInAnotherCaseKeepsTheNewSpellingAndActiveFollowsIt() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Mix", "a"));
        store.setActive(GUILD, "MIX");
        assertThat(store.active(GUILD)).contains("Mix");

        store.save(GUILD, playlist("mIx", "b"));

        assertThat(store.list(GUILD)).containsExactly(playlist("mIx", "b"));
        assertThat(store.active(GUILD)).contains("mIx");
    }

    @Test
    void deletingAnotherPlaylistKeepsTheActiveOne() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Keep", "a"));
        store.save(GUILD, playlist("Drop", "a"));
        store.setActive(GUILD, "keep");
        assertThat(store.delete(GUILD, "drop")).isTrue();
        assertThat(store.active(GUILD)).contains("Keep");
    }

    @Test
    void settingAnUnknownActivePlaylistChangesNothing() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Only", "a"));
        store.setActive(GUILD, "only");
        assertThatThrownBy(() -> store.setActive(GUILD, "missing")).isInstanceOf(NoSuchElementException.class);
        assertThat(store.active(GUILD)).contains("Only");
    }

    @Test
    void readsOfAnUnknownGuildCreateNoFile() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        assertThat(store.list(GUILD)).isEmpty();
        assertThat(store.find(GUILD, "x")).isEmpty();
        assertThat(store.active(GUILD)).isEmpty();
        assertThat(store.delete(GUILD, "x")).isFalse();
        assertThat(fileNames(directory)).isEmpty();
    }

    @Test
    void playlistsSurviveANewStoreInstance() throws IOException {
        new JsonFilePlaylistStore(directory).save(GUILD, roadTrip());
        assertThat(new JsonFilePlaylistStore(directory).find(GUILD, "ROAD TRIP"))
                .contains(roadTrip());
    }

    @Test
    void updateAppliesTheChangeAndReturnsTheResult() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Mix", "a"));

        StoredPlaylist result = store.update(GUILD, "mix", p -> p.withEntries(append(p.entries(), entry("b"))));

        assertThat(result).isEqualTo(playlist("Mix", "a", "b"));
        assertThat(new JsonFilePlaylistStore(directory).find(GUILD, "Mix")).contains(result);
    }

    @Test
    void updateCanRenameAndTheActivePlaylistFollows() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Old", "a"));
        store.setActive(GUILD, "old");

        store.update(GUILD, "OLD", p -> new StoredPlaylist("New", p.owner(), p.entries()));

        assertThat(store.list(GUILD)).containsExactly(playlist("New", "a"));
        assertThat(store.active(GUILD)).contains("New");
    }

    @Test
    void updateRefusesToRenameOntoAnotherPlaylist() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("One", "a"));
        store.save(GUILD, playlist("Two", "b"));

        assertThatThrownBy(() -> store.update(GUILD, "one", p -> new StoredPlaylist("TWO", p.owner(), p.entries())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TWO");
        assertThat(store.list(GUILD)).containsExactly(playlist("One", "a"), playlist("Two", "b"));
    }

    @Test
    void updateOfAnUnknownPlaylistFailsWithoutCallingTheChange() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        assertThatThrownBy(() -> store.update(GUILD, "missing", p -> {
                    throw new AssertionError("must not be called");
                }))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(fileNames(directory)).isEmpty();
    }

    @Test
    void aFailingChangeWritesNothing() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        store.save(GUILD, playlist("Mix", "a"));
        byte[] before = Files.readAllBytes(directory.resolve(GUILD + ".json"));

        assertThatThrownBy(() -> store.update(GUILD, "mix", p -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(directory.resolve(GUILD + ".json")).hasBinaryContent(before);
    }

    static List<PlaylistEntry> append(List<PlaylistEntry> entries, PlaylistEntry entry) {
        List<PlaylistEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return next;
    }
}
