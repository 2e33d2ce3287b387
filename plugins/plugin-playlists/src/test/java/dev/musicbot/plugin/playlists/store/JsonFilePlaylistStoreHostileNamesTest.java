package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.fileNames;
import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.storage.StoredPlaylist;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playlist names are data: whatever they contain, they never reach a file name and they round-trip exactly. */
class JsonFilePlaylistStoreHostileNamesTest {
    private static final List<String> NAMES = List.of(
            "../../etc/passwd",
            "..\\..\\Windows\\System32\\config",
            "/absolute/path",
            ".",
            "..",
            "CON",
            "nul.json",
            GUILD + ".json",
            "x".repeat(100),
            "🎵".repeat(50), // 50 surrogate pairs: 100 chars
            "🔥 mix 🎶 🇺🇦",
            "قائمة التشغيل",
            "שיר \u202Eevil\u202C txt.exe",
            "tab\there\nnew line\r\u0000nul \u0007bell",
            "quote \" backslash \\ slash / star * question ?",
            "<script>alert(1)</script>",
            "{\"schemaVersion\":2}",
            "  spaces around  ",
            "e\u0301 vs é", // combining accent: must not be normalised
            "\uFEFFbom");

    @TempDir
    Path directory;

    @Test
    void hostileNamesOnlyEverWriteTheGuildFile() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        for (String name : NAMES) {
            store.save(GUILD, playlist(name, "song"));
        }

        assertThat(fileNames(directory)).containsExactly(GUILD + ".json");
        assertThat(directory.getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void hostileNamesRoundTripExactly() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        for (String name : NAMES) {
            store.save(GUILD, playlist(name, "song"));
        }
        store.setActive(GUILD, "../../etc/passwd");

        JsonFilePlaylistStore reopened = new JsonFilePlaylistStore(directory);
        assertThat(reopened.list(GUILD)).extracting(StoredPlaylist::name).containsExactlyInAnyOrderElementsOf(NAMES);
        for (String name : NAMES) {
            assertThat(reopened.find(GUILD, name)).contains(playlist(name, "song"));
        }
        assertThat(reopened.active(GUILD)).contains("../../etc/passwd");
    }

    @Test
    void hostileNamesCanBeDeleted() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        for (String name : NAMES) {
            store.save(GUILD, playlist(name, "song"));
        }
        for (String name : NAMES) {
            assertThat(store.delete(GUILD, name)).as(name).isTrue();
        }
        assertThat(store.list(GUILD)).isEmpty();
        assertThat(fileNames(directory)).containsExactly(GUILD + ".json");
    }
}
