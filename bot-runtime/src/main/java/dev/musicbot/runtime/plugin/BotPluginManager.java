package dev.musicbot.runtime.plugin;

import java.nio.file.Path;
import java.util.List;
import org.pf4j.BasePluginLoader;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginClasspath;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;

/**
 * PF4J, used for what it is good at: descriptors, jar and zip layouts, class-loader isolation, dependency
 * order and version requirements. Plugins are instantiated and started by {@link PluginHost}, not by PF4J.
 */
final class BotPluginManager extends DefaultPluginManager {

    /** {@code apiVersion}: the plugin API version, which PF4J checks each {@code Plugin-Requires} against. */
    BotPluginManager(Path pluginsDir, String apiVersion) {
        super(pluginsDir);
        setSystemVersion(apiVersion);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    /** The jars, zips and directories in the plugins directory that may be plugins. */
    List<Path> candidatePaths() {
        return pluginRepository.getPluginPaths();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new JarLoader(this)).add(new DirectoryLoader(this));
    }

    @Override
    protected PluginFactory createPluginFactory() {
        // PluginHost starts plugins itself; PF4J only ever sees an inert placeholder.
        return wrapper -> new Plugin() {};
    }

    private static final class JarLoader extends JarPluginLoader {
        JarLoader(BotPluginManager manager) {
            super(manager);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new BotPluginClassLoader(
                    pluginManager, descriptor, getClass().getClassLoader());
        }
    }

    private static final class DirectoryLoader extends BasePluginLoader {
        DirectoryLoader(BotPluginManager manager) {
            super(manager, new DefaultPluginClasspath());
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new BotPluginClassLoader(
                    pluginManager, descriptor, getClass().getClassLoader());
        }
    }
}
