package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.OWNER;
import static dev.musicbot.plugin.playlists.store.Fixtures.fileNames;
import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaylistFileFormatTest {
    private static final String ENTRY =
            "{\"query\":\"q\",\"title\":\"t\",\"author\":\"a\",\"lengthMillis\":1500,\"uri\":null,\"artworkUrl\":null,\"isrc\":null}";

    @TempDir
    Path directory;

    private static GuildPlaylists decode(String json) throws IOException {
        return PlaylistFileFormat.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String active, String playlist) {
        return "{\"schemaVersion\":1,\"active\":" + active + ",\"playlists\":[" + playlist + "]}";
    }

    private static String playlistWith(String owner, String entry) {
        return "{\"name\":\"Mix\",\"owner\":" + owner + ",\"entries\":[" + entry + "]}";
    }

    @Test
    void roundTripsEveryField() throws IOException {
        TrackInfo full =
                new TrackInfo("T", "A", Duration.ofMillis(123_456), "https://u", "https://art", "USRC17607839");
        StoredPlaylist mix = new StoredPlaylist("Mix", OWNER, List.of(new PlaylistEntry("q", full)));
        GuildPlaylists guild = new GuildPlaylists("mix", List.of(mix, playlist("Empty")));

        assertThat(PlaylistFileFormat.decode(PlaylistFileFormat.encode(guild))).isEqualTo(guild);
    }

    @Test
    void absentOptionalFieldsReadAsNull() throws IOException {
        String entry = "{\"query\":\"q\",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":0}";
        GuildPlaylists guild = decode("{\"schemaVersion\":1,\"playlists\":[" + playlistWith("\"1\"", entry) + "]}");

        assertThat(guild.active()).isNull();
        assertThat(guild.playlists().getFirst().entries().getFirst().info())
                .isEqualTo(new TrackInfo("t", "", Duration.ZERO, null, null, null));
    }

    @Test
    void anActiveNameThatNamesNoPlaylistIsDropped() throws IOException {
        assertThat(decode(file("\"gone\"", playlistWith("\"1\"", ENTRY))).active())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5 | \"1\" | " + ENTRY + " | \"active\" is not text",
                "null | \"abc\" | " + ENTRY + " | playlists[0].owner \"abc\" is not a user id",
                "null | \"0\" | " + ENTRY + " | playlists[0].owner \"0\" is not a user id",
                "null | 1 | " + ENTRY + " | playlists[0].owner is missing or not text",
                "null | \"1\" | {\"query\":\"q\"} | playlists[0].entries[0].title is missing or not text",
                "null | \"1\" | 7 | playlists[0].entries[0] is not an object",
                "null | \"1\" | {\"query\":\" \",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":0}"
                        + " | playlists[0].entries[0]: query must not be blank",
                "null | \"1\" | {\"query\":\"q\",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":-1}"
                        + " | playlists[0].entries[0]: length must not be negative",
                "null | \"1\" | {\"query\":\"q\",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":1.5}"
                        + " | playlists[0].entries[0].lengthMillis is missing or not a whole number",
                "null | \"1\" | {\"query\":\"q\",\"title\":\"t\",\"author\":\"\",\"lengthMillis\":0,\"uri\":3}"
                        + " | playlists[0].entries[0].uri is not text",
            })
    void invalidContentIsRejectedWithWhereAndWhat(String active, String owner, String entry, String message) {
        assertThatThrownBy(() -> decode(file(active, playlistWith(owner, entry))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(message);
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> decode("{\"schemaVersion\":1,\"schemaVersion\":1,\"playlists\":[]}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("schemaVersion");
    }

    @Test
    void anUnpairedSurrogateIsRefusedRatherThanStoredAltered() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);

        assertThatThrownBy(() -> store.save(GUILD, playlist("broken \uD800 name", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThat(fileNames(directory)).isEmpty();
    }
}
