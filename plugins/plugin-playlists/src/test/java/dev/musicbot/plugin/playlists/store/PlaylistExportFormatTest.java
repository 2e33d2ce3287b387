package dev.musicbot.plugin.playlists.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.storage.StoredPlaylist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaylistExportFormatTest {
    private static final int MAX_SONGS = 500;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String export(String playlistJson) {
        return "{\"schemaVersion\":1,\"kind\":\"musicbot-playlist\",\"playlist\":" + playlistJson + "}";
    }

    @Test
    void roundTripsNamesEntriesAndOrder() throws IOException {
        StoredPlaylist playlist = Fixtures.playlist("**bold** `mix`\u200b", "b-song", "a-song", "c-song");

        byte[] file = PlaylistExportFormat.encode(playlist);

        assertThat(new String(file, StandardCharsets.UTF_8))
                .startsWith("{\n  \"schemaVersion\": 1,\n  \"kind\": \"musicbot-playlist\",")
                .endsWith("}\n");
        assertThat(PlaylistExportFormat.decode(file, MAX_SONGS)).isEqualTo(playlist);
    }

    @Test
    void refusesTextThatIsNotUtf8OrNotJson() {
        byte[] latin1 = export("{\"name\":\"caf\u00e9\",\"owner\":\"1\",\"entries\":[]}")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PlaylistExportFormat.decode(latin1, MAX_SONGS)).hasMessage("it is not UTF-8 text");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8("not json"), MAX_SONGS))
                .hasMessageStartingWith("it is not valid JSON");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8("[1,2]"), MAX_SONGS))
                .hasMessage("it is not a JSON object");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8("{} {}"), MAX_SONGS))
                .hasMessageStartingWith("it is not valid JSON");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(new byte[0], MAX_SONGS))
                .isInstanceOf(IOException.class);
    }

    @Test
    void refusesDeepNestingHugeStringsAndDuplicateKeys() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(export(deep)), MAX_SONGS))
                .hasMessageStartingWith("it is not valid JSON");
        String huge = export("{\"name\":\"" + "x".repeat(100_000) + "\",\"owner\":\"1\",\"entries\":[]}");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(huge), MAX_SONGS))
                .hasMessageStartingWith("it is not valid JSON");
        String twice = "{\"schemaVersion\":1,\"schemaVersion\":1}";
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(twice), MAX_SONGS))
                .hasMessageContaining("Duplicate field");
    }

    @Test
    void refusesTheWrongShapeSayingWhere() {
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8("{\"schemaVersion\":\"1\"}"), MAX_SONGS))
                .hasMessageContaining("schemaVersion");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8("{\"schemaVersion\":1,\"kind\":\"x\"}"), MAX_SONGS))
                .hasMessageContaining("\"kind\"");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(export("[]")), MAX_SONGS))
                .hasMessage("playlist is not an object");
        String wrongType = export("{\"name\":5,\"owner\":\"1\",\"entries\":[]}");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(wrongType), MAX_SONGS))
                .hasMessage("playlist.name is missing or not text");
        String badEntry = export("{\"name\":\"a\",\"owner\":\"1\",\"entries\":[{\"query\":\"q\",\"title\":\"t\","
                + "\"author\":\"a\",\"lengthMillis\":\"long\"}]}");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(badEntry), MAX_SONGS))
                .hasMessage("playlist.entries[0].lengthMillis is missing or not a whole number");
        String badOwner = export("{\"name\":\"a\",\"owner\":\"me\",\"entries\":[]}");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(badOwner), MAX_SONGS))
                .hasMessageContaining("is not a user id");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8("{\"schemaVersion\":2}"), MAX_SONGS))
                .hasMessageContaining("newer version");
    }

    @Test
    void countsSongsBeforeReadingThem() {
        String many = export("{\"name\":\"a\",\"owner\":\"1\",\"entries\":[" + "0,".repeat(600) + "0]}");
        assertThatThrownBy(() -> PlaylistExportFormat.decode(utf8(many), MAX_SONGS))
                .isInstanceOfSatisfying(PlaylistExportFormat.TooManySongsException.class, e -> assertThat(e.songs())
                        .isEqualTo(601))
                .hasMessage("it holds 601 songs; a playlist can hold at most 500");
    }

    @Test
    void keepsMarkdownAndControlCharactersInNamesAsPlainData() throws IOException {
        String hostile = export("{\"name\":\"@everyone **x**\\u0007\\n\",\"owner\":\"1\",\"entries\":[]}");

        StoredPlaylist read = PlaylistExportFormat.decode(utf8(hostile), MAX_SONGS);

        assertThat(read.name()).isEqualTo("@everyone **x**\u0007\n"); // the command validates and escapes it
    }
}
