package dev.musicbot.runtime.state;

import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.testkit.GuildStateStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JsonFileGuildStateStoreContractTest extends GuildStateStoreContract {
    @TempDir
    Path dir;

    private int stores;

    @Override
    protected GuildStateStore newStore() {
        try {
            return new JsonFileGuildStateStore(dir.resolve("store-" + ++stores));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected GuildStateStore reopen(GuildStateStore store) {
        Path directory = ((JsonFileGuildStateStore) store).directory();
        try {
            return new JsonFileGuildStateStore(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
