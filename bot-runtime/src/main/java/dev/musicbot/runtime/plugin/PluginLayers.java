package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each plugin file in a module layer of its own, a child of the boot layer (or of the layers of the plugins it
 * depends on), when the bot itself runs on the module path.
 *
 * <p>A plugin's layer holds its own module and its libraries, defined to one class loader that finds what its
 * modules read and delegates nothing else but to the bootstrap loader (not to the platform or application
 * loaders: those find every module of the boot layer), so a class the plugin's modules do not read is not found
 * at all: the runtime's classes and the libraries it keeps to itself are invisible to plugins. (Through the
 * system class loader a plugin can still get a runtime class, but not use it: the runtime exports nothing.) Of the boot layer a plugin sees what its modules
 * read, and an explicit module may require only what the bot offers to plugins ({@link #OFFERED}) and the JDK's
 * modules; anything else it must bundle. A plugin's own copy of an offered module is left out (the bot's is the
 * one that plugins and bot share types through). Two plugins may bundle different versions of one library: each
 * copy is a module of its own layer. An automatic module (a jar without {@code module-info}) reads every module,
 * as JPMS has it, so only explicit modules are held to the offered list.
 *
 * <p>The bot binds each plugin's configuration records with its own Jackson, so every package of the plugin's
 * modules is opened to Jackson when the layer is made.
 */
final class PluginLayers {
    private static final Logger log = LoggerFactory.getLogger(PluginLayers.class);

    /**
     * The boot layer's modules plugins may require: the plugin API, the storage kernel, logging, LavaPlayer with
     * the types of its API, Jackson, and the annotation libraries. A plugin file leaves these out.
     */
    static final Set<String> OFFERED = Set.of(
            "dev.musicbot.api",
            "dev.musicbot.store",
            "org.slf4j",
            "lavaplayer",
            "lava.common",
            "org.apache.httpcomponents.httpclient",
            "org.apache.httpcomponents.httpcore",
            "com.fasterxml.jackson.annotation",
            "com.fasterxml.jackson.core",
            "com.fasterxml.jackson.databind",
            "org.jspecify",
            "com.google.errorprone.annotations");

    private static final String JACKSON = "com.fasterxml.jackson.databind";

    private final Map<String, ModuleLayer> layers = new LinkedHashMap<>();

    /** Whether the bot runs on the module path, where plugins get layers of their own. */
    static boolean available() {
        return PluginLayers.class.getModule().isNamed();
    }

    /**
     * Makes the plugin's layer and instantiates its {@link BotPlugin} (the provider its module declares).
     *
     * @param jars the plugin's own jar first, then its libraries
     * @param pluginClass the {@code Plugin-Class} of its descriptor, which must be the provider its module declares
     * @param dependencies the ids of the plugins it depends on (their layers become its parents)
     * @throws IllegalStateException with a reason a user can act on, if the plugin cannot have a layer
     */
    synchronized BotPlugin load(String pluginId, List<Path> jars, String pluginClass, List<String> dependencies) {
        if (jars.isEmpty()) {
            throw new IllegalStateException("the plugin file holds no classes");
        }
        Map<String, Path> own = ownModules(pluginId, jars);
        String pluginModule = moduleOf(jars.getFirst());
        List<ModuleLayer> parents = parents(dependencies);
        Configuration configuration;
        try {
            configuration = Configuration.resolve(
                    ModuleFinder.of(own.values().toArray(Path[]::new)),
                    parents.stream().map(ModuleLayer::configuration).toList(),
                    ModuleFinder.of(),
                    own.keySet());
        } catch (FindException | ResolutionException e) {
            throw new IllegalStateException("its modules do not resolve: " + e.getMessage(), e);
        }
        checkRequires(configuration);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, parents, null);
        ModuleLayer layer = controller.layer();
        openToJackson(controller, layer);
        BotPlugin plugin = provider(layer, pluginModule, pluginClass);
        layers.put(pluginId, layer);
        log.info(
                "Plugin '{}' runs in its own module layer: {}",
                pluginId,
                layer.modules().stream().map(Module::getName).sorted().collect(Collectors.joining(", ")));
        return plugin;
    }

    /** The plugin's modules by name, without its copies of what the bot offers. */
    private static Map<String, Path> ownModules(String pluginId, List<Path> jars) {
        Map<String, Path> own = new LinkedHashMap<>();
        for (int i = 0; i < jars.size(); i++) {
            Path jar = jars.get(i);
            String name = moduleOf(jar);
            if (OFFERED.contains(name) && i > 0) {
                log.info("Plugin '{}' bundles {}: the bot's is used, which it offers to plugins", pluginId, name);
                continue;
            }
            Path previous = own.putIfAbsent(name, jar);
            if (previous != null) {
                throw new IllegalStateException("it bundles module " + name + " twice: " + previous.getFileName()
                        + " and " + jar.getFileName());
            }
        }
        return own;
    }

    private static String moduleOf(Path jar) {
        try {
            Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
            if (found.size() != 1) {
                throw new IllegalStateException(jar.getFileName() + " is not a module");
            }
            return found.iterator().next().descriptor().name();
        } catch (FindException e) {
            throw new IllegalStateException(jar.getFileName() + " is not a usable module: " + e.getMessage(), e);
        }
    }

    private List<ModuleLayer> parents(List<String> dependencies) {
        List<ModuleLayer> parents = new ArrayList<>();
        for (String dependency : dependencies) {
            ModuleLayer layer = layers.get(dependency);
            if (layer != null) {
                parents.add(layer);
            }
        }
        parents.add(ModuleLayer.boot());
        return parents;
    }

    /** An explicit module of the plugin requires only its own modules, offered ones and the JDK's. */
    private static void checkRequires(Configuration configuration) {
        Set<String> system = ModuleFinder.ofSystem().findAll().stream()
                .map(m -> m.descriptor().name())
                .collect(Collectors.toSet());
        for (ResolvedModule module : configuration.modules()) {
            ModuleDescriptor descriptor = module.reference().descriptor();
            for (ModuleDescriptor.Requires requires : descriptor.requires()) {
                String name = requires.name();
                boolean ownOrDependency = configuration
                        .findModule(name)
                        .map(found ->
                                found.configuration() != ModuleLayer.boot().configuration())
                        .orElse(true);
                if (!ownOrDependency && !OFFERED.contains(name) && !system.contains(name)) {
                    throw new IllegalStateException("its module " + descriptor.name() + " requires " + name
                            + ", which the bot does not offer to plugins: bundle it in the plugin file (the bot offers "
                            + String.join(", ", OFFERED.stream().sorted().toList()) + ")");
                }
            }
        }
    }

    private static void openToJackson(ModuleLayer.Controller controller, ModuleLayer layer) {
        Module jackson = ModuleLayer.boot().findModule(JACKSON).orElse(null);
        if (jackson == null) {
            return;
        }
        for (Module module : layer.modules()) {
            if (!module.getDescriptor().isAutomatic() && !module.getDescriptor().isOpen()) {
                for (String pkg : module.getPackages()) {
                    controller.addOpens(module, pkg, jackson);
                }
            }
        }
    }

    private static BotPlugin provider(ModuleLayer layer, String pluginModule, String pluginClass) {
        List<ServiceLoader.Provider<BotPlugin>> found = ServiceLoader.load(layer, BotPlugin.class).stream()
                .filter(p -> p.type().getModule().getLayer() == layer)
                .toList();
        return found.stream()
                .filter(p -> p.type().getName().equals(pluginClass))
                .findFirst()
                .map(ServiceLoader.Provider::get)
                .orElseThrow(() -> new IllegalStateException("its module " + pluginModule + " provides "
                        + (found.isEmpty()
                                ? "no " + BotPlugin.class.getName()
                                : found.stream().map(p -> p.type().getName()).toList())
                        + ", not its Plugin-Class " + pluginClass
                        + " (module-info 'provides' or META-INF/services must name it)"));
    }

    /** Forgets the layers; their classes go when nothing refers to them any more. */
    synchronized void clear() {
        layers.clear();
    }
}
