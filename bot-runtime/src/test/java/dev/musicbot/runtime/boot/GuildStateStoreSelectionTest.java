package dev.musicbot.runtime.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.testkit.InMemoryGuildStateStore;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import dev.musicbot.runtime.state.JsonFileGuildStateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guild state lives in the store of the playlists' id, else in the local JSON files. */
class GuildStateStoreSelectionTest {
    @TempDir
    Path dir;

    private ExtensionRegistry registry(String selected, GuildStateStore... plugins) throws IOException {
        ExtensionRegistry registry = new ExtensionRegistry(Map.of(GuildStateStore.class, selected));
        registry.register("core", GuildStateStore.class, new JsonFileGuildStateStore(dir));
        for (GuildStateStore store : plugins) {
            registry.register("plugin", GuildStateStore.class, store);
        }
        return registry;
    }

    @Test
    void theStoreWithThePlaylistsIdIsUsed() throws IOException {
        InMemoryGuildStateStore shared = new InMemoryGuildStateStore();
        assertThat(PluginSetup.guildStateStore(registry("in-memory", shared))).isSameAs(shared);
    }

    @Test
    void withoutAStoreOfThatIdTheJsonFilesAreUsed() throws IOException {
        assertThat(PluginSetup.guildStateStore(registry("redis", new InMemoryGuildStateStore()))
                        .id())
                .isEqualTo(PluginSetup.DEFAULT_GUILD_STATE_STORE)
                .isEqualTo("json-file");
    }
}
