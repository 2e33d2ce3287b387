package dev.musicbot.plugin.playlists.store;

import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.testkit.PlaylistStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JsonFilePlaylistStoreContractTest extends PlaylistStoreContract {
    @TempDir
    Path directory;

    private int stores;

    @Override
    protected PlaylistStore newStore() {
        try {
            return new JsonFilePlaylistStore(directory.resolve("playlist-" + ++stores));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
