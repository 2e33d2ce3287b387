package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugin files (jars and zips) in the plugins directories, read by PF4J, each in a module layer of its own
 * ({@link PluginLayers}) when the bot runs on the module path, else in its own PF4J class loader: the ones
 * shipped with the bot and the ones dropped in alike. Of several files with one plugin id the highest
 * {@code Plugin-Version} is loaded (so a newer file upgrades that one plugin) and the others are reported as
 * superseded. Every problem (bad descriptor, plugin API version not accepted, missing class, wrong type)
 * becomes a {@link PluginInfo} with the reason; none stops the others.
 */
final class DropInPlugins implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DropInPlugins.class);

    private final List<Path> pluginsDirs;
    private final BotPluginManager manager;
    private final String apiVersion;
    private final PluginLibraries libraries = new PluginLibraries();
    private final PluginLayers layers = new PluginLayers();

    /**
     * @param pluginsDirs where plugin files are, in order of precedence between equal versions (the first one
     *     also holds disabled.txt and enabled.txt)
     */
    DropInPlugins(List<Path> pluginsDirs, String apiVersion) {
        this.pluginsDirs = List.copyOf(pluginsDirs);
        this.manager = new BotPluginManager(this.pluginsDirs, apiVersion, libraries);
        this.apiVersion = apiVersion;
    }

    Discovery discover() {
        Discovery found = new Discovery();
        if (pluginsDirs.stream().noneMatch(Files::isDirectory)) {
            return found;
        }
        for (Path path : newestOfEachId(manager.candidatePaths(), found)) {
            try {
                manager.loadPlugin(path);
            } catch (PluginRuntimeException | IllegalArgumentException e) {
                log.error("Plugin {} cannot be loaded: {}", path, e.getMessage());
                found.failures()
                        .add(failure(path.getFileName().toString(), "?", path, "cannot be loaded: " + e.getMessage()));
            }
        }
        for (PluginWrapper wrapper : manager.getPlugins()) {
            classify(wrapper, found);
        }
        return found;
    }

    /**
     * The paths to load: for each plugin id the file with the highest version (the first one found between
     * equal or unparseable versions) among those this plugin API satisfies, and every path whose descriptor
     * cannot be read (loading it reports why). Files needing another plugin API are reported as refused and
     * not loaded, so a newer file that needs a newer API leaves the older one running.
     */
    private List<Path> newestOfEachId(List<Path> paths, Discovery found) {
        Map<String, Path> newest = new LinkedHashMap<>();
        Map<String, PluginDescriptor> descriptors = new HashMap<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path path : paths) {
            PluginDescriptor descriptor;
            try {
                descriptor = manager.describe(path);
            } catch (PluginRuntimeException | IllegalArgumentException e) {
                unreadable.add(path);
                continue;
            }
            if (!accepts(descriptor)) {
                found.failures().add(refused(descriptor, path));
                continue;
            }
            String id = descriptor.getPluginId();
            PluginDescriptor current = descriptors.get(id);
            if (current == null) {
                newest.put(id, path);
                descriptors.put(id, descriptor);
            } else if (isNewer(descriptor, current)) {
                found.failures().add(superseded(current, newest.get(id), descriptor, path));
                newest.put(id, path);
                descriptors.put(id, descriptor);
            } else {
                found.failures().add(superseded(descriptor, path, current, newest.get(id)));
            }
        }
        List<Path> load = new ArrayList<>(newest.values());
        load.addAll(unreadable);
        return load;
    }

    private boolean accepts(PluginDescriptor descriptor) {
        String requires = descriptor.getRequires();
        try {
            return requires == null
                    || requires.isBlank()
                    || manager.getVersionManager().checkVersionConstraint(apiVersion, requires);
        } catch (RuntimeException e) {
            return false; // not a version range: refused, with the text it has
        }
    }

    private boolean isNewer(PluginDescriptor candidate, PluginDescriptor current) {
        try {
            return manager.getVersionManager().compareVersions(candidate.getVersion(), current.getVersion()) > 0;
        } catch (RuntimeException e) {
            return false; // not semantic versions: the first one found stays
        }
    }

    private PluginInfo refused(PluginDescriptor descriptor, Path path) {
        String reason = "needs plugin API " + descriptor.getRequires() + ", this bot provides plugin API " + apiVersion;
        log.warn(
                "Plugin '{}' {} from {} is refused: {}",
                descriptor.getPluginId(),
                descriptor.getVersion(),
                path,
                reason);
        return info(descriptor, path, PluginInfo.State.DISABLED, reason);
    }

    private static PluginInfo superseded(PluginDescriptor old, Path oldPath, PluginDescriptor kept, Path keptPath) {
        String reason = "superseded by version " + kept.getVersion() + " in " + keptPath;
        log.info("Plugin '{}' {} from {} is {}", old.getPluginId(), old.getVersion(), oldPath, reason);
        return info(old, oldPath, PluginInfo.State.DISABLED, reason);
    }

    private void classify(PluginWrapper wrapper, Discovery found) {
        PluginDescriptor descriptor = wrapper.getDescriptor();
        Path path = wrapper.getPluginPath();
        if (wrapper.getPluginState() == PluginState.DISABLED) {
            if (!accepts(descriptor)) {
                found.failures().add(refused(descriptor, path));
            } else {
                found.failures()
                        .add(info(
                                descriptor,
                                path,
                                PluginInfo.State.DISABLED,
                                "disabled in the plugins directory's disabled.txt/enabled.txt"));
            }
            return;
        }
        if (wrapper.getPluginState() != PluginState.RESOLVED) {
            String reason = wrapper.getFailedException() != null
                    ? wrapper.getFailedException().getMessage()
                    : "not resolved (state " + wrapper.getPluginState() + "; missing dependencies?)";
            found.failures().add(info(descriptor, path, PluginInfo.State.FAILED, reason));
            return;
        }
        try {
            BotPlugin plugin = instantiate(wrapper);
            if (!plugin.id().equals(descriptor.getPluginId())) {
                throw new IllegalStateException("its Plugin-Id '" + descriptor.getPluginId()
                        + "' does not match BotPlugin.id() '" + plugin.id() + "'");
            }
            found.candidates()
                    .add(new PluginCandidate(plugin, info(descriptor, path, PluginInfo.State.DISABLED, null)));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            log.error("Plugin '{}' from {} cannot be created: {}", descriptor.getPluginId(), path, e.toString());
            found.failures().add(info(descriptor, path, PluginInfo.State.FAILED, "cannot be created: " + e));
        }
    }

    /**
     * The plugin's {@link BotPlugin}: from a module layer of its own when the bot runs on the module path,
     * otherwise from the class loader PF4J made for it.
     */
    private BotPlugin instantiate(PluginWrapper wrapper) throws ReflectiveOperationException {
        PluginDescriptor descriptor = wrapper.getDescriptor();
        String className = descriptor.getPluginClass();
        if (className == null || className.isBlank()) {
            throw new IllegalStateException("its descriptor names no Plugin-Class");
        }
        if (PluginLayers.available()) {
            String id = descriptor.getPluginId();
            List<String> dependencies = descriptor.getDependencies().stream()
                    .map(PluginDependency::getPluginId)
                    .toList();
            return layers.load(id, libraries.jarsOf(id, wrapper.getPluginPath()), className, dependencies);
        }
        Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
        if (!BotPlugin.class.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " does not implement " + BotPlugin.class.getName());
        }
        return (BotPlugin) type.getDeclaredConstructor().newInstance();
    }

    private static PluginInfo info(PluginDescriptor d, Path path, PluginInfo.State state, @Nullable String problem) {
        return new PluginInfo(
                d.getPluginId(), d.getVersion(), PluginInfo.Origin.DROP_IN, path.toString(), state, problem);
    }

    private static PluginInfo failure(String id, String version, Path path, String problem) {
        return new PluginInfo(
                id, version, PluginInfo.Origin.DROP_IN, path.toString(), PluginInfo.State.FAILED, problem);
    }

    @Override
    public void close() {
        manager.unloadPlugins();
        layers.clear();
        libraries.close();
    }
}
