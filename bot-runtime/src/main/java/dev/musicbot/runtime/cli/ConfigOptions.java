package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.config.ConfigLoader;
import dev.musicbot.runtime.config.LoadedConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every subcommand shares: where configuration comes from, and direct overrides. */
public final class ConfigOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "musicbot.yml to read (default: ./musicbot.yml, then <home>/config/musicbot.yml)")
    @Nullable
    Path configFile;

    @Option(
            names = "--env-file",
            paramLabel = "FILE",
            description = "Environment file to read (default: ${DEFAULT-VALUE})",
            defaultValue = ".env")
    Path envFile = Path.of(".env");

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override one configuration key, for example --set sources.http.allow=127.0.0.1")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(
            names = "--platform",
            paramLabel = "PLATFORM",
            description = "Tuning profile: x86_64, aarch64 or armv7 (default: detected)")
    @Nullable
    String platform;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Directory of drop-in plugin jars and zips")
    @Nullable
    Path pluginsDir;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Directory for playlists and state")
    @Nullable
    Path dataDir;

    /** Loads the effective configuration these options describe. */
    LoadedConfig load(boolean requireToken) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        if (platform != null) {
            all.put("platform", platform);
        }
        if (pluginsDir != null) {
            all.put("plugins-dir", pluginsDir.toString());
        }
        if (dataDir != null) {
            all.put("data.dir", dataDir.toString());
        }
        return ConfigLoader.load(
                new ConfigLoader.Request(
                        Optional.ofNullable(configFile), Launcher.home(), envFile, all, System.getenv()),
                requireToken);
    }
}
