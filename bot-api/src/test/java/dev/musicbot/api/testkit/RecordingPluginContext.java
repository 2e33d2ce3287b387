package dev.musicbot.api.testkit;

import dev.musicbot.api.Spi;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * A {@link PluginContext} for plugin unit tests: records registrations, binds configuration with a function
 * the test supplies, and rejects registrations of types that are not extension points (as the runtime does).
 */
public final class RecordingPluginContext implements PluginContext {
    private final String pluginId;
    private final Path dataDir;
    private final Map<Class<?>, Function<Class<?>, Object>> configs;
    private final List<Map.Entry<Class<?>, Object>> registered = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Semaphore processPermits = new Semaphore(processLimit(), true);

    public RecordingPluginContext(String pluginId, Path dataDir, Map<Class<?>, Function<Class<?>, Object>> configs) {
        this.pluginId = pluginId;
        this.dataDir = dataDir;
        this.configs = Map.copyOf(configs);
    }

    public RecordingPluginContext(String pluginId, Path dataDir) {
        this(pluginId, dataDir, Map.of());
    }

    /** Everything registered, in order. */
    public List<Map.Entry<Class<?>, Object>> registered() {
        return List.copyOf(registered);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public <T> void register(Class<T> point, T extension) {
        if (!point.isInterface() || !point.isAnnotationPresent(Spi.class)) {
            throw new IllegalArgumentException(point.getName() + " is not an extension point");
        }
        registered.add(Map.entry(point, extension));
    }

    @Override
    public <T> List<T> extensions(Class<T> point) {
        return registered.stream()
                .filter(e -> e.getKey() == point)
                .map(e -> point.cast(e.getValue()))
                .toList();
    }

    @Override
    public <T> Optional<T> find(Class<T> point) {
        return extensions(point).stream().findFirst();
    }

    @Override
    public <T extends Record> T config(Class<T> type) {
        Function<Class<?>, Object> binder = configs.get(type);
        if (binder == null) {
            throw new IllegalArgumentException("no test configuration for " + type.getName());
        }
        return type.cast(binder.apply(type));
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Semaphore processPermits() {
        return processPermits;
    }

    @Override
    public HttpClient httpClient() {
        return HttpClient.newHttpClient();
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public TrackLoader tracks() {
        return query -> new ResolveResult.NoMatch("no resolvers in this test");
    }

    /** Allows every address; plugin unit tests do not fetch. */
    @Override
    public AddressPolicy addresses() {
        return InetAddress::getAllByName;
    }
}
