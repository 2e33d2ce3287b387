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
    private final PluginLibraries libraries;

    /**
     * @param pluginsDirs the directories holding plugin files, the first one also holding disabled.txt and
     *     enabled.txt
     * @param apiVersion the plugin API version, which PF4J checks each {@code Plugin-Requires} against
     * @param libraries where a plugin jar's own libraries ({@code META-INF/lib/}) are copied out to
     */
    BotPluginManager(List<Path> pluginsDirs, String apiVersion, PluginLibraries libraries) {
        super(pluginsDirs);
        this.libraries = libraries;
        setSystemVersion(apiVersion);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    /** The jars and directories (zips unpacked) in the plugins directories that may be plugins. */
    List<Path> candidatePaths() {
        return pluginRepository.getPluginPaths();
    }

    /** The descriptor of a candidate path, without loading it. */
    PluginDescriptor describe(Path path) {
        return getPluginDescriptorFinder().find(path);
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

    /** A plugin jar, with the libraries it carries in {@code META-INF/lib/}. */
    private static final class JarLoader extends JarPluginLoader {
        private final BotPluginManager manager;

        JarLoader(BotPluginManager manager) {
            super(manager);
            this.manager = manager;
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            PluginClassLoader loader = new BotPluginClassLoader(
                    pluginManager, descriptor, getClass().getClassLoader());
            if (!PluginLayers.available()) {
                // PF4J's manager asks for its loaders while it is constructed, before this field is set: read it here.
                manager.libraries
                        .librariesOf(descriptor.getPluginId(), pluginPath)
                        .forEach(jar -> loader.addFile(jar.toFile()));
            }
            return loader;
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
