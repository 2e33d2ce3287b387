package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.TrackLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/** One plugin's view of the runtime. */
final class DefaultPluginContext implements PluginContext {
    private final String pluginId;
    private final HostServices services;
    private final Semaphore processPermits;
    private @Nullable ScheduledExecutorService scheduler;

    /** {@code processPermits}: the host's, one for all plugins. */
    DefaultPluginContext(String pluginId, HostServices services, Semaphore processPermits) {
        this.pluginId = pluginId;
        this.services = services;
        this.processPermits = processPermits;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public <T> void register(Class<T> point, T extension) {
        services.registry().register(pluginId, point, extension);
    }

    @Override
    public <T> List<T> extensions(Class<T> point) {
        return services.registry().extensions(point);
    }

    @Override
    public <T> Optional<T> find(Class<T> point) {
        return services.registry().find(point);
    }

    @Override
    public <T extends Record> T config(Class<T> type) {
        return services.config().pluginConfig(pluginId, type);
    }

    @Override
    public Path dataDir() {
        Path dir = services.config().config().data().dir().resolve("plugins").resolve(pluginId);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    @Override
    public HttpClient httpClient() {
        return services.http();
    }

    @Override
    public synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(
                    1, Thread.ofVirtual().name("plugin-" + pluginId + "-", 0).factory());
        }
        return scheduler;
    }

    @Override
    public int processLimit() {
        return services.config().config().tuning().maxProcesses();
    }

    @Override
    public Semaphore processPermits() {
        return processPermits;
    }

    @Override
    public TrackLoader tracks() {
        return services.tracks();
    }

    @Override
    public AddressPolicy addresses() {
        return services.addresses();
    }

    synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
