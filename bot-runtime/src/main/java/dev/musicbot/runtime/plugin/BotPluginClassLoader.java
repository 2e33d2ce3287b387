package dev.musicbot.runtime.plugin;

import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A drop-in plugin's class loader: the plugin's own classes and libraries first (so its dependencies cannot
 * clash with ours), except the packages the plugin shares with the bot, which always come from the bot. A
 * plugin that wrongly bundles {@code bot-api} therefore still sees the bot's copy.
 */
final class BotPluginClassLoader extends PluginClassLoader {
    private static final List<String> SHARED = List.of("dev.musicbot.api.", "org.slf4j.", "com.sedmelluq.");

    BotPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return super.shouldDelegateToParent(className) || SHARED.stream().anyMatch(className::startsWith);
    }

    static {
        ClassLoader.registerAsParallelCapable();
    }
}
