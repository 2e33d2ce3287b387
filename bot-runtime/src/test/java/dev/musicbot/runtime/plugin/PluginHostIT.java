package dev.musicbot.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.runtime.BotVersion;
import dev.musicbot.runtime.TestConfigs;
import dev.musicbot.runtime.audio.AudioEngine;
import dev.musicbot.runtime.boot.PluginSetup;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real host, with real plugin jars built in a temporary directory. */
class PluginHostIT {
    @TempDir
    Path dir;

    private PluginSetup start(Path pluginsDir) {
        var loaded = TestConfigs.load(dir, Map.of("plugins-dir", pluginsDir.toString()));
        AudioEngine engine = new AudioEngine(loaded.config());
        return PluginSetup.start(loaded, engine);
    }

    private static PluginInfo info(PluginSetup setup, String id) {
        return setup.plugins().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void dropInPluginRegistersItsCommandAndResolver() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.greeter().writeTo(plugins);
        try (PluginSetup setup = start(plugins)) {
            assertThat(info(setup, "greeter").state()).isEqualTo(PluginInfo.State.STARTED);
            assertThat(info(setup, "greeter").origin()).isEqualTo(PluginInfo.Origin.DROP_IN);
            assertThat(setup.registry().registrations(CommandHandler.class)).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo("/hello");
                assertThat(r.pluginId()).isEqualTo("greeter");
            });
            SourceResolver echo = setup.registry().extensions(SourceResolver.class).stream()
                    .filter(r -> r.id().equals("echo"))
                    .findFirst()
                    .orElseThrow();
            assertThat(echo.accepts(new TrackQuery("echo:hi"))).isTrue();
            // The plugin sees its own copy of a library the bot also has (parent-last loading) ...
            assertThat(echo.resolve(new TrackQuery("echo:hi")))
                    .isEqualTo(new ResolveResult.NoMatch("the plugin's own Yaml"));
            // ... while the bot's API types are shared with the host.
            assertThat(echo.getClass().getClassLoader()).isInstanceOf(BotPluginClassLoader.class);
        }
    }

    @Test
    void zipPluginLoadsItsOwnLibrariesFromLib() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.zippedGreeter().writeZipTo(plugins, Map.of("org.yaml.snakeyaml.Yaml", TestPlugins.PLUGIN_OWN_YAML));
        assertGreeterUsesItsOwnYaml(plugins);
    }

    @Test
    void jarPluginLoadsTheLibrariesItCarriesInMetaInfLib() throws Exception {
        Path plugins = dir.resolve("plugins");
        Path library = PluginJarBuilder.library(
                dir.resolve("lib"), "own-yaml.jar", Map.of("org.yaml.snakeyaml.Yaml", TestPlugins.PLUGIN_OWN_YAML));
        TestPlugins.zippedGreeter().bundle(library).writeTo(plugins);
        assertGreeterUsesItsOwnYaml(plugins);
    }

    /** The greeter in {@code plugins} starts, and its resolver answers with the plugin's own copy of Yaml. */
    private void assertGreeterUsesItsOwnYaml(Path plugins) throws Exception {
        try (PluginSetup setup = start(plugins)) {
            assertThat(info(setup, "greeter").state()).isEqualTo(PluginInfo.State.STARTED);
            SourceResolver echo = setup.registry().extensions(SourceResolver.class).stream()
                    .filter(r -> r.id().equals("echo"))
                    .findFirst()
                    .orElseThrow();
            assertThat(echo.resolve(new TrackQuery("echo:hi")))
                    .isEqualTo(new ResolveResult.NoMatch("the plugin's own Yaml"));
        }
    }

    @Test
    void pluginThatBundlesTheApiStillGetsTheHostsCopy() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.greeter()
                .bundleCopyOf(BotPlugin.class)
                .bundleCopyOf(CommandHandler.class)
                .writeTo(plugins);
        try (PluginSetup setup = start(plugins)) {
            assertThat(info(setup, "greeter").state()).isEqualTo(PluginInfo.State.STARTED);
            ClassLoader pluginLoader = setup.registry().extensions(SourceResolver.class).stream()
                    .filter(r -> r.id().equals("echo"))
                    .findFirst()
                    .orElseThrow()
                    .getClass()
                    .getClassLoader();
            assertThat(pluginLoader.loadClass(BotPlugin.class.getName())).isSameAs(BotPlugin.class);
        }
    }

    @Test
    void brokenPluginsAreReportedAndTheOthersRun() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.greeter().writeTo(plugins);
        TestPlugins.failingStart().writeTo(plugins);
        TestPlugins.missingClass().writeTo(plugins);
        TestPlugins.tooNew().writeTo(plugins);
        try (PluginSetup setup = start(plugins)) {
            assertThat(info(setup, "greeter").state()).isEqualTo(PluginInfo.State.STARTED);
            assertThat(info(setup, "core").state()).isEqualTo(PluginInfo.State.STARTED);

            PluginInfo broken = info(setup, "broken-start");
            assertThat(broken.state()).isEqualTo(PluginInfo.State.FAILED);
            assertThat(broken.problem()).contains("missing credentials for the test service");
            // what it registered before failing is gone again
            assertThat(setup.registry().registrations(CommandHandler.class))
                    .noneMatch(r -> r.key().equals("/half"));

            PluginInfo ghost = info(setup, "ghost");
            assertThat(ghost.state()).isEqualTo(PluginInfo.State.FAILED);
            assertThat(ghost.problem()).contains("org.example.ghost.GhostPlugin");

            PluginInfo future = info(setup, "from-the-future");
            assertThat(future.state()).isEqualTo(PluginInfo.State.DISABLED);
            assertThat(future.problem())
                    .isEqualTo("needs plugin API >=99.0.0, this bot provides plugin API " + BotVersion.api());
        }
    }

    @Test
    void pluginsInTheirOwnClassLoadersShareOneSetOfProcessPermits() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.permitsReporter("reporter-a").writeTo(plugins);
        TestPlugins.permitsReporter("reporter-b").writeTo(plugins);
        try (PluginSetup setup = start(plugins)) {
            int limit = TestConfigs.load(dir, Map.of()).config().tuning().maxProcesses();
            List<ResolveResult> answers = setup.registry().extensions(SourceResolver.class).stream()
                    .filter(r -> r.id().startsWith("reporter-"))
                    .map(r -> r.resolve(new TrackQuery("anything")))
                    .toList();
            assertThat(answers).hasSize(2);
            assertThat(answers.get(0)).isEqualTo(answers.get(1));
            assertThat(((ResolveResult.NoMatch) answers.get(0)).reason()).endsWith(" " + limit);
        }
    }

    @Test
    void duplicateCommandNameStopsStartUpNamingBothPlugins() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.clashingCommand().writeTo(plugins);
        assertThatThrownBy(() -> start(plugins))
                .isInstanceOf(ExtensionConflictException.class)
                .hasMessageContaining("'/ping'")
                .hasMessageContaining("'core'")
                .hasMessageContaining("'copycat'");
    }

    @Test
    void duplicatePluginIdStopsStartUpNamingBothLocations() throws Exception {
        Path plugins = dir.resolve("plugins");
        Path jar = TestPlugins.impostor().writeTo(plugins);
        assertThatThrownBy(() -> start(plugins))
                .isInstanceOf(PluginConflictException.class)
                .hasMessageContaining("'core'")
                .hasMessageContaining(jar.toString());
    }

    @Test
    void noPluginsDirectoryMeansBundledPluginsOnly() {
        try (PluginSetup setup = start(dir.resolve("absent"))) {
            assertThat(setup.plugins()).extracting(PluginInfo::id).containsExactly("core");
            assertThat(setup.registry().extensions(CommandHandler.class))
                    .extracting(h -> h.spec().name())
                    .containsAll(List.of("join", "play", "leave", "ping"));
        }
    }
}
