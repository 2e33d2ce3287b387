package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.OTHER_GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.fileNames;
import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file the store cannot read is never replaced, so nothing in it is lost: found at start-up, it is moved aside
 * and the guild starts afresh; damaged while the bot runs, it is reported and left alone.
 */
class JsonFilePlaylistStoreUnreadableFileTest {
    private static final String VALID_PLAYLIST = "{\"name\":\"Mix\",\"owner\":\"300000000000000001\",\"entries\":[]}";

    @TempDir
    Path directory;

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                Arguments.of("{\"schemaVersion\":1,\"active\":null,\"playlists\":[", "not valid JSON"),
                Arguments.of("", "not a JSON object"),
                Arguments.of("\u0000\u0000\u0000\u0000", "not valid JSON"),
                Arguments.of("[]", "not a JSON object"),
                Arguments.of("{\"active\":null,\"playlists\":[]}", "schemaVersion"),
                Arguments.of("{\"schemaVersion\":2,\"active\":null,\"playlists\":[]}", "newer version"),
                Arguments.of("{\"schemaVersion\":1,\"active\":null,\"playlists\":[]} {}", "not valid JSON"),
                Arguments.of("{\"schemaVersion\":1,\"active\":null}", "\"playlists\" is missing"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"active\":null,\"playlists\":[" + VALID_PLAYLIST + ","
                                + VALID_PLAYLIST.replace("Mix", "MIX") + "]}",
                        "two playlists are named"),
                Arguments.of(
                        "{\"schemaVersion\":1,\"active\":null,\"playlists\":[" + VALID_PLAYLIST.replace("Mix", " ")
                                + "]}",
                        "playlists[0]: a playlist name has 1 to 100 characters"));
    }

    @ParameterizedTest
    @MethodSource("unreadableFiles")
    void atStartUpTheFileIsMovedAsideAndTheGuildStartsAfresh(String content, String reason) throws IOException {
        Path file = directory.resolve(GUILD + ".json");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);

        assertThat(store.list(GUILD)).isEmpty();
        List<String> names = fileNames(directory);
        assertThat(names).singleElement().asString().startsWith(GUILD + ".json.corrupt-");
        assertThat(directory.resolve(names.getFirst())).hasBinaryContent(bytes);
        store.save(GUILD, playlist("Fresh", "a"));
        assertThat(store.list(GUILD)).containsExactly(playlist("Fresh", "a"));
    }

    @Test
    void aDirectoryWhereTheFileShouldBeIsMovedAsideAtStartUp() throws IOException {
        Files.createDirectory(directory.resolve(GUILD + ".json"));
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);

        store.save(GUILD, playlist("Fresh", "a"));

        assertThat(store.list(GUILD)).containsExactly(playlist("Fresh", "a"));
        assertThat(fileNames(directory))
                .hasSize(2)
                .contains(GUILD + ".json")
                .anyMatch(name -> name.startsWith(GUILD + ".json.corrupt-"));
    }

    @ParameterizedTest
    @MethodSource("unreadableFiles")
    void damagedWhileRunningReadsFailClearlyAndWritesLeaveTheFileAlone(String content, String reason)
            throws IOException {
        Path file = directory.resolve(GUILD + ".json");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        Files.write(file, bytes);

        for (ThrowingCallable call : everyOperation(store)) {
            assertThatThrownBy(call)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("guild " + GUILD)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(reason)
                    .hasMessageContaining("left as it is");
        }

        assertThat(file).hasBinaryContent(bytes);
        assertThat(fileNames(directory)).containsExactly(GUILD + ".json");
    }

    @Test
    void otherGuildsAreUnaffected() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        Files.writeString(directory.resolve(GUILD + ".json"), "{oops");

        store.save(OTHER_GUILD, playlist("Fine", "a"));

        assertThat(store.list(OTHER_GUILD)).containsExactly(playlist("Fine", "a"));
        assertThat(directory.resolve(GUILD + ".json")).hasContent("{oops");
    }

    @Test
    void theGuildWorksAgainOnceTheFileIsRemoved() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
        Files.writeString(directory.resolve(GUILD + ".json"), "{oops");
        assertThatThrownBy(() -> store.list(GUILD)).isInstanceOf(UncheckedIOException.class);

        Files.delete(directory.resolve(GUILD + ".json"));
        store.save(GUILD, playlist("Fresh", "a"));

        assertThat(store.list(GUILD)).containsExactly(playlist("Fresh", "a"));
    }

    private static List<ThrowingCallable> everyOperation(JsonFilePlaylistStore store) {
        return List.of(
                () -> store.list(GUILD),
                () -> store.find(GUILD, "Mix"),
                () -> store.active(GUILD),
                () -> store.save(GUILD, playlist("Mix", "a")),
                () -> store.delete(GUILD, "Mix"),
                () -> store.setActive(GUILD, "Mix"),
                () -> store.update(GUILD, "Mix", p -> p));
    }
}
