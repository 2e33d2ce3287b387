package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;
import java.util.Comparator;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugins on the bot's own module path or class path (the built-in core plugin and the bundled feature
 * plugins), found with ServiceLoader.
 */
final class BundledPlugins {
    private static final Logger log = LoggerFactory.getLogger(BundledPlugins.class);

    private BundledPlugins() {}

    static Discovery discover(ClassLoader loader) {
        Discovery found = new Discovery();
        for (ServiceLoader.Provider<BotPlugin> provider :
                ServiceLoader.load(BotPlugin.class, loader).stream().toList()) {
            Class<? extends BotPlugin> type = provider.type();
            String location = locationOf(type);
            String version = type.getPackage().getImplementationVersion();
            try {
                BotPlugin plugin = provider.get();
                found.candidates()
                        .add(new PluginCandidate(
                                plugin,
                                new PluginInfo(
                                        plugin.id(),
                                        version == null ? "dev" : version,
                                        PluginInfo.Origin.BUNDLED,
                                        location,
                                        PluginInfo.State.DISABLED,
                                        null)));
            } catch (RuntimeException | LinkageError e) {
                log.error("Bundled plugin {} from {} cannot be created", type.getName(), location, e);
                found.failures()
                        .add(new PluginInfo(
                                type.getName(),
                                version == null ? "dev" : version,
                                PluginInfo.Origin.BUNDLED,
                                location,
                                PluginInfo.State.FAILED,
                                "cannot be created: " + e));
            }
        }
        found.candidates().sort(Comparator.comparing(c -> c.info().id()));
        return found;
    }

    static String locationOf(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null
                ? type.getModule().getName()
                : source.getLocation().toString();
    }
}
