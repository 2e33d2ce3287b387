package dev.musicbot.runtime.boot;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.runtime.BotVersion;
import dev.musicbot.runtime.audio.AudioEngine;
import dev.musicbot.runtime.command.RuntimeMessages;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.config.LoadedConfig;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import dev.musicbot.runtime.plugin.HostServices;
import dev.musicbot.runtime.plugin.PluginHost;
import dev.musicbot.runtime.plugin.PluginInfo;
import dev.musicbot.runtime.source.HttpSourceResolver;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry and the started plugins, shared by {@code run} and {@code plugins list}.
 *
 * @param registry every registered extension
 * @param host the plugin host (close it to stop the plugins)
 * @param plugins what happened to each plugin
 */
public record PluginSetup(ExtensionRegistry registry, PluginHost host, List<PluginInfo> plugins)
        implements AutoCloseable {

    /** The guild state store used when no store of the playlists' id keeps guild state. */
    public static final String DEFAULT_GUILD_STATE_STORE = "json-file";

    private static final Logger log = LoggerFactory.getLogger(PluginSetup.class);

    /**
     * An empty registry that selects the configured playlist store, and the guild state store of the same id
     * (guild state lives in the same store as the playlists).
     */
    public static ExtensionRegistry registryFor(BotConfig config) {
        Map<Class<?>, String> selected = new HashMap<>();
        String store = config.storage().playlists();
        if (store != null && !store.isBlank()) {
            selected.put(PlaylistStore.class, store);
            selected.put(GuildStateStore.class, store);
        } else {
            selected.put(GuildStateStore.class, DEFAULT_GUILD_STATE_STORE);
        }
        return new ExtensionRegistry(selected);
    }

    /**
     * The guild state store to use: the one with the playlists' store id, else the default JSON file store
     * (which the runtime registers before the plugins start), saying so when another was asked for.
     *
     * @param registry the registry from {@link #registryFor}, after the plugins started
     * @return the store
     * @throws IllegalStateException if not even the default store is registered
     */
    public static GuildStateStore guildStateStore(ExtensionRegistry registry) {
        Optional<GuildStateStore> selected = registry.find(GuildStateStore.class);
        if (selected.isPresent()) {
            return selected.get();
        }
        GuildStateStore fallback = registry.extensions(GuildStateStore.class).stream()
                .filter(store -> store.id().equals(DEFAULT_GUILD_STATE_STORE))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no guild state store is registered"));
        log.warn(
                "No guild state store has the id of the configured playlist store (storage.playlists); guild"
                        + " settings and queues stay in the local '{}' store",
                DEFAULT_GUILD_STATE_STORE);
        return fallback;
    }

    /** Starts the plugins to list them, with a loader that resolves nothing (nothing plays). */
    public static PluginSetup start(LoadedConfig loaded, AudioEngine engine) {
        return start(
                loaded,
                engine,
                registryFor(loaded.config()),
                query -> new ResolveResult.NoMatch(RuntimeMessages.text("source.not-running")));
    }

    /**
     * The configured plugins directory, then the installation's {@code plugins/} (the plugin files shipped with
     * the bot) when bin/musicbot names an installation and its directory is another one, as in the container,
     * where drop-ins go to /app/plugins.
     */
    private static List<Path> pluginsDirs(LoadedConfig loaded) {
        Path configured = loaded.config().pluginsDir();
        String home = System.getProperty("musicbot.home", "");
        if (home.isBlank()) {
            return List.of(configured);
        }
        Path shipped = Path.of(home).resolve("plugins");
        return shipped.toAbsolutePath()
                        .normalize()
                        .equals(configured.toAbsolutePath().normalize())
                ? List.of(configured)
                : List.of(configured, shipped);
    }

    /**
     * Discovers and starts all plugins for this configuration.
     *
     * @param registry where they register, from {@link #registryFor}
     * @param tracks what plugins resolve through
     */
    public static PluginSetup start(
            LoadedConfig loaded, AudioEngine engine, ExtensionRegistry registry, TrackLoader tracks) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HostServices services = new HostServices(registry, loaded, http, tracks, engine.guard());
        PluginHost host = new PluginHost(services, pluginsDirs(loaded), BotVersion.api());
        try {
            // Plain HTTP(S) audio links are the runtime's own source, behind the address guard.
            registry.register(
                    "core",
                    SourceResolver.class,
                    new HttpSourceResolver(engine.manager(), engine.guard(), engine.probed(), engine.httpTimeout()));
            List<PluginInfo> plugins = host.start();
            engine.registerSources(registry.extensions(AudioSourceContributor.class));
            return new PluginSetup(registry, host, plugins);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    @Override
    public void close() {
        host.close();
    }
}
