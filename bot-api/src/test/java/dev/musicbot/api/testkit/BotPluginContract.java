package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.plugin.BotPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks a plugin's entry point: a public no-arg constructor, a kebab-case id, a {@code META-INF/services}
 * entry naming it (what ServiceLoader and the class path need), and registrations of extension points only.
 */
public abstract class BotPluginContract {

    @TempDir
    protected Path tempDir;

    /** The plugin's entry point class. */
    protected abstract Class<? extends BotPlugin> pluginClass();

    private BotPlugin newPlugin() throws ReflectiveOperationException {
        return pluginClass().getDeclaredConstructor().newInstance();
    }

    @Test
    void hasPublicNoArgConstructorAndKebabId() throws ReflectiveOperationException {
        assertThat(newPlugin().id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void serviceFileNamesTheEntryPoint() throws IOException {
        List<String> named = new ArrayList<>();
        for (URL url : Collections.list(
                pluginClass().getClassLoader().getResources("META-INF/services/" + BotPlugin.class.getName()))) {
            try (InputStream in = url.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(l -> l.replaceAll("#.*", "").strip())
                        .filter(l -> !l.isEmpty())
                        .forEach(named::add);
            }
        }
        assertThat(named).contains(pluginClass().getName());
    }

    @Test
    void registersOnlyExtensionPoints() throws ReflectiveOperationException {
        BotPlugin plugin = newPlugin();
        RecordingPluginContext ctx = contextFor(plugin.id(), tempDir);
        plugin.start(ctx);
        assertThat(ctx.registered()).allSatisfy(e -> assertThat(e.getKey()).isInterface());
    }

    @Test
    void everyCommandHasItsTextsInEveryLanguage() throws ReflectiveOperationException {
        BotPlugin plugin = newPlugin();
        RecordingPluginContext ctx = contextFor(plugin.id(), tempDir);
        plugin.start(ctx);
        for (dev.musicbot.api.command.CommandHandler handler :
                ctx.extensions(dev.musicbot.api.command.CommandHandler.class)) {
            MessageBundleContract.assertCommandTexts(handler);
            MessageBundleContract.assertConsistent(handler.getClass());
        }
    }

    /**
     * Whether {@link #everyCommandAnswersPolitely} applies: override to answer true when the plugin's commands need
     * no network to answer a member who gives no options (it is off by default because some commands fetch).
     *
     * @return true to check every command's behaviour
     */
    protected boolean commandsAnswerOffline() {
        return false;
    }

    @Test
    void everyCommandAnswersPolitely() throws ReflectiveOperationException {
        org.junit.jupiter.api.Assumptions.assumeTrue(commandsAnswerOffline(), "the plugin's commands may fetch");
        BotPlugin plugin = newPlugin();
        RecordingPluginContext ctx = contextFor(plugin.id(), tempDir);
        plugin.start(ctx);
        for (dev.musicbot.api.command.CommandHandler handler :
                ctx.extensions(dev.musicbot.api.command.CommandHandler.class)) {
            CommandHandlerContract.assertAnswersPolitely(handler);
        }
    }

    /**
     * The context the plugin starts with. Override to supply the configuration records it reads.
     *
     * @param pluginId the plugin's id
     * @param dataDir a temporary directory for it
     * @return the context
     */
    protected RecordingPluginContext contextFor(String pluginId, Path dataDir) {
        return new RecordingPluginContext(pluginId, dataDir);
    }
}
