package dev.musicbot.runtime.boot;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.runtime.BotVersion;
import dev.musicbot.runtime.audio.AudioEngine;
import dev.musicbot.runtime.config.LoadedConfig;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import dev.musicbot.runtime.plugin.HostServices;
import dev.musicbot.runtime.plugin.PluginHost;
import dev.musicbot.runtime.plugin.PluginInfo;
import dev.musicbot.runtime.source.HttpSourceResolver;
import dev.musicbot.runtime.source.RegistryTrackLoader;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry and the started plugins, shared by {@code run} and {@code plugins list}.
 *
 * @param registry every registered extension
 * @param host the plugin host (close it to stop the plugins)
 * @param plugins what happened to each plugin
 */
public record PluginSetup(ExtensionRegistry registry, PluginHost host, List<PluginInfo> plugins)
        implements AutoCloseable {

    /** Discovers and starts all plugins for this configuration. */
    public static PluginSetup start(LoadedConfig loaded, AudioEngine engine) {
        Map<Class<?>, String> selected = new HashMap<>();
        String store = loaded.config().storage().playlists();
        if (store != null && !store.isBlank()) {
            selected.put(PlaylistStore.class, store);
        }
        ExtensionRegistry registry = new ExtensionRegistry(selected);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HostServices services = new HostServices(registry, loaded, http, new RegistryTrackLoader(registry));
        PluginHost host = new PluginHost(services, loaded.config().pluginsDir(), BotVersion.current());
        try {
            // Plain HTTP(S) audio links are the runtime's own source, behind the address guard.
            registry.register("core", SourceResolver.class, new HttpSourceResolver(engine.manager(), engine.guard()));
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
