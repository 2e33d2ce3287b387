package dev.musicbot.plugin.playlists.store;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Shared test data. */
final class Fixtures {
    static final GuildId GUILD = new GuildId(400000000000000001L);
    static final GuildId OTHER_GUILD = new GuildId(400000000000000002L);
    static final UserId OWNER = new UserId(300000000000000001L);

    private Fixtures() {}

    static PlaylistEntry entry(String query) {
        return new PlaylistEntry(query, TrackInfo.of(query, Duration.ofSeconds(180)));
    }

    static StoredPlaylist playlist(String name, String... queries) {
        return new StoredPlaylist(
                name, OWNER, Arrays.stream(queries).map(Fixtures::entry).toList());
    }

    /** The names of the files in a directory, sorted. */
    static List<String> fileNames(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
