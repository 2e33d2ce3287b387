package dev.musicbot.runtime.plugin;

import dev.musicbot.api.Spi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every extension every plugin registered, per extension point. Enforces uniqueness (command names, ids) and
 * the {@link Spi} cardinality; reads are lock-free.
 */
public final class ExtensionRegistry {
    private static final Logger log = LoggerFactory.getLogger(ExtensionRegistry.class);
    private static final Comparator<Registration> ORDER =
            Comparator.comparingInt(Registration::priority).reversed().thenComparing(Registration::key);

    private final Map<Class<?>, List<Registration>> byPoint = new ConcurrentHashMap<>();
    private final Map<Class<?>, String> selected;

    /**
     * Creates a registry.
     *
     * @param selected for {@link Spi.Cardinality#ONE} points, the id configuration selects
     */
    public ExtensionRegistry(Map<Class<?>, String> selected) {
        this.selected = Map.copyOf(selected);
    }

    public ExtensionRegistry() {
        this(Map.of());
    }

    /**
     * Registers an extension.
     *
     * @throws IllegalArgumentException if {@code point} is not an {@link Spi} interface or the extension does
     *     not implement it
     * @throws ExtensionConflictException if another extension of the point has the same key
     */
    public synchronized <T> void register(String pluginId, Class<T> point, T extension) {
        if (!point.isInterface() || !point.isAnnotationPresent(Spi.class)) {
            throw new IllegalArgumentException(point.getName() + " is not an extension point");
        }
        if (!point.isInstance(extension)) {
            throw new IllegalArgumentException(extension.getClass().getName() + " does not implement " + point);
        }
        String key = ExtensionKeys.keyOf(extension);
        List<Registration> existing = byPoint.computeIfAbsent(point, p -> new CopyOnWriteArrayList<>());
        for (Registration other : existing) {
            if (other.key().equals(key)) {
                throw new ExtensionConflictException(point.getSimpleName() + " '" + key
                        + "' is registered by both plugin '" + other.pluginId() + "' and plugin '" + pluginId + "'");
            }
        }
        existing.add(new Registration(pluginId, point, extension, key, ExtensionKeys.priorityOf(extension)));
    }

    /** Removes everything a plugin registered (when it fails or stops). */
    public synchronized void unregisterAll(String pluginId) {
        byPoint.values().forEach(list -> list.removeIf(r -> r.pluginId().equals(pluginId)));
    }

    /** The extensions of a point, priority first, then by key. */
    public <T> List<T> extensions(Class<T> point) {
        return registrations(point).stream().map(r -> point.cast(r.extension())).toList();
    }

    /** The registrations of a point, in order. */
    public List<Registration> registrations(Class<?> point) {
        List<Registration> list = new ArrayList<>(byPoint.getOrDefault(point, List.of()));
        list.sort(ORDER);
        return list;
    }

    /**
     * The active extension of a {@link Spi.Cardinality#ONE} point: the one configuration selects, else the
     * only one, else the first by key (with a warning).
     */
    public <T> Optional<T> find(Class<T> point) {
        List<Registration> list = registrations(point);
        @Nullable String wanted = selected.get(point);
        if (wanted != null) {
            return list.stream().filter(r -> r.key().equals(wanted)).findFirst().map(r -> point.cast(r.extension()));
        }
        if (list.size() > 1) {
            log.warn(
                    "{} extensions of {} are registered and none is selected in configuration; using '{}'",
                    list.size(),
                    point.getSimpleName(),
                    list.getFirst().key());
        }
        return list.stream().findFirst().map(r -> point.cast(r.extension()));
    }

    /** Every registration, grouped by point, in order. */
    public List<Registration> all() {
        return byPoint.keySet().stream()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .flatMap(point -> registrations(point).stream())
                .toList();
    }

    /** Logs every extension with its plugin, one line each. */
    public void logSummary() {
        List<Registration> all = all();
        log.info("{} extensions registered", all.size());
        all.forEach(r -> log.info("  {} {} (plugin {})", r.point().getSimpleName(), r.key(), r.pluginId()));
    }
}
