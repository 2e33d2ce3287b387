package dev.musicbot.runtime.config;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the configuration sections of the bundled plugins ({@code plugins.<id>}) the way the runtime learns
 * them: each plugin binds its section with {@link PluginContext#config} when it starts. Every plugin on the
 * class path is started once with a context that notes the record types it binds (and binds them from
 * {@link LoadedConfig#pluginConfig}, as the runtime does); everything else is a {@link RecordingPluginContext}.
 */
final class PluginSections {
    private PluginSections() {}

    /** A configuration record bound under a key prefix: {@code ""} for the bot, {@code plugins.<id>} for a plugin. */
    record Section(String prefix, Class<?> type) {}

    static List<Section> ofBundledPlugins(LoadedConfig loaded, Path dataDir) throws IOException {
        List<Section> sections = new ArrayList<>();
        for (BotPlugin plugin : ServiceLoader.load(BotPlugin.class)) {
            String prefix = "plugins." + plugin.id();
            List<Class<?>> bound = new ArrayList<>();
            Path pluginData = Files.createDirectories(dataDir.resolve(plugin.id()));
            PluginContext context = noting(plugin.id(), loaded, pluginData, bound);
            try {
                plugin.start(context);
            } finally {
                plugin.stop();
            }
            bound.forEach(type -> sections.add(new Section(prefix, type)));
        }
        return sections;
    }

    private static PluginContext noting(String pluginId, LoadedConfig loaded, Path dataDir, List<Class<?>> bound) {
        RecordingPluginContext recording = new RecordingPluginContext(pluginId, dataDir);
        return (PluginContext) Proxy.newProxyInstance(
                PluginSections.class.getClassLoader(), new Class<?>[] {PluginContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("config") && args != null && args.length == 1) {
                        Class<? extends Record> type = ((Class<?>) args[0]).asSubclass(Record.class);
                        bound.add(type);
                        return loaded.pluginConfig(pluginId, type);
                    }
                    return invoke(recording, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
