package dev.musicbot.runtime;

import dev.musicbot.runtime.config.ConfigLoader;
import dev.musicbot.runtime.config.LoadedConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Configurations for tests: no file, no real environment, only what the test says. */
public final class TestConfigs {
    private TestConfigs() {}

    public static LoadedConfig load(Path dir, Map<String, String> overrides) {
        Map<String, String> all =
                new HashMap<>(Map.of("data.dir", dir.resolve("data").toString()));
        all.putAll(overrides);
        return ConfigLoader.load(
                new ConfigLoader.Request(Optional.empty(), Optional.empty(), dir.resolve(".env"), all, Map.of()),
                false);
    }
}
