package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugin jars and zips in the plugins directory, loaded by PF4J, each in its own class loader. Every problem
 * (bad descriptor, unmet version requirement, missing class, wrong type) becomes a {@link PluginInfo} with the
 * reason; none stops the others.
 */
final class DropInPlugins implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DropInPlugins.class);

    private final BotPluginManager manager;
    private final String apiVersion;

    DropInPlugins(Path pluginsDir, String apiVersion) {
        this.manager = new BotPluginManager(pluginsDir, apiVersion);
        this.apiVersion = apiVersion;
    }

    Discovery discover(Path pluginsDir) {
        Discovery found = new Discovery();
        if (!Files.isDirectory(pluginsDir)) {
            return found;
        }
        for (Path path : manager.candidatePaths()) {
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

    private void classify(PluginWrapper wrapper, Discovery found) {
        PluginDescriptor descriptor = wrapper.getDescriptor();
        Path path = wrapper.getPluginPath();
        if (wrapper.getPluginState() == PluginState.DISABLED) {
            String requires = descriptor.getRequires();
            if (requires != null
                    && !requires.isBlank()
                    && !manager.getVersionManager().checkVersionConstraint(apiVersion, requires)) {
                String reason = "needs plugin API " + requires + ", this bot provides plugin API " + apiVersion;
                log.warn("Plugin '{}' {} from {} is refused: {}", descriptor.getPluginId(), descriptor.getVersion(), path, reason);
                found.failures().add(info(descriptor, path, PluginInfo.State.DISABLED, reason));
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

    private static BotPlugin instantiate(PluginWrapper wrapper) throws ReflectiveOperationException {
        String className = wrapper.getDescriptor().getPluginClass();
        if (className == null || className.isBlank()) {
            throw new IllegalStateException("its descriptor names no Plugin-Class");
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
    }
}
