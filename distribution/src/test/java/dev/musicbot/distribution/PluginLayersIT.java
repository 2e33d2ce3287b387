package dev.musicbot.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.musicbot.runtime.plugin.PluginJarBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * Plugins in module layers of their own, through the shipped launcher (which runs the bot on the module path):
 * plugin files built here are dropped into a plugins directory and started by {@code musicbot plugins list},
 * and what each plugin could see is read from what it logged.
 */
class PluginLayersIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("musicbot.dist", "target/musicbot"))
            .toAbsolutePath()
            .normalize()
            .resolve("bin/musicbot");
    private static final Path SLF4J = PluginJarBuilder.locationOf(Logger.class);

    @TempDir
    Path workDir;

    @Test
    void aPluginCannotLoadOrUseTheRuntimesClasses() throws Exception {
        Path plugins = workDir.resolve("plugins");
        PluginJarBuilder.plugin("probe")
                .pluginClass("test.probe.ProbePlugin")
                .compileAgainst(SLF4J)
                .moduleInfo("""
                        module test.probe {
                            requires dev.musicbot.api;
                            requires org.slf4j;
                            provides dev.musicbot.api.plugin.BotPlugin with test.probe.ProbePlugin;
                        }
                        """)
                .source("test.probe.ProbePlugin", """
                        package test.probe;

                        import dev.musicbot.api.plugin.*;
                        import java.util.List;
                        import org.slf4j.*;

                        public final class ProbePlugin implements BotPlugin {
                            private static final Logger log = LoggerFactory.getLogger(ProbePlugin.class);

                            public String id() { return "probe"; }

                            public void start(PluginContext ctx) {
                                Module module = getClass().getModule();
                                log.info("probe: module {}, boot layer {}", module.getName(),
                                        module.getLayer() == ModuleLayer.boot());
                                for (String name : List.of("dev.musicbot.runtime.BotVersion",
                                        "com.github.benmanes.caffeine.cache.Caffeine",
                                        "dev.musicbot.api.plugin.BotPlugin", "org.slf4j.Logger")) {
                                    String seen;
                                    try {
                                        Class.forName(name, false, getClass().getClassLoader());
                                        seen = "found";
                                    } catch (ClassNotFoundException e) {
                                        seen = "not found";
                                    }
                                    log.info("probe: {} {}", name, seen);
                                }
                                try {
                                    Object version = ClassLoader.getSystemClassLoader()
                                            .loadClass("dev.musicbot.runtime.BotVersion")
                                            .getMethod("api").invoke(null);
                                    log.info("probe: the runtime's BotVersion.api() through the system loader: {}",
                                            version);
                                } catch (ReflectiveOperationException e) {
                                    log.info("probe: the runtime's BotVersion.api() through the system loader: {}",
                                            e.getClass().getSimpleName());
                                }
                            }
                        }
                        """)
                .writeTo(plugins);

        Run run = pluginsList(plugins);

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out() + run.err())
                .as(run.describe())
                .contains("probe: module test.probe, boot layer false")
                .contains("probe: dev.musicbot.runtime.BotVersion not found")
                .contains("probe: com.github.benmanes.caffeine.cache.Caffeine not found")
                .contains("probe: dev.musicbot.api.plugin.BotPlugin found")
                .contains("probe: org.slf4j.Logger found")
                .contains("probe: the runtime's BotVersion.api() through the system loader: IllegalAccessException")
                .containsPattern("(?m)^probe +1\\.0\\.0 +file +started");
    }

    @Test
    void twoPluginsCarryTwoVersionsOfOneLibrary() throws Exception {
        Path plugins = workDir.resolve("plugins");
        for (String id : new String[] {"alpha", "beta"}) {
            String version = id.equals("alpha") ? "1.0" : "2.0";
            Path greeting = PluginJarBuilder.library(
                    workDir.resolve(id + "-lib"),
                    "greeting-" + version + ".jar",
                    Map.of(
                            "module-info",
                            "module test.greeting { exports test.greeting; }",
                            "test.greeting.Greeting",
                            """
                            package test.greeting;

                            public final class Greeting {
                                public static String version() { return "%s"; }
                            }
                            """.formatted(version)));
            String type = "test." + id + "." + (id.equals("alpha") ? "Alpha" : "Beta") + "Plugin";
            PluginJarBuilder.plugin(id)
                    .pluginClass(type)
                    .compileAgainst(SLF4J)
                    .bundle(greeting)
                    .moduleInfo("""
                            module test.%1$s {
                                requires dev.musicbot.api;
                                requires org.slf4j;
                                requires test.greeting;
                                provides dev.musicbot.api.plugin.BotPlugin with %2$s;
                            }
                            """.formatted(id, type))
                    .source(type, """
                            package test.%1$s;

                            import dev.musicbot.api.plugin.*;
                            import org.slf4j.LoggerFactory;
                            import test.greeting.Greeting;

                            public final class %2$s implements BotPlugin {
                                public String id() { return "%1$s"; }

                                public void start(PluginContext ctx) {
                                    LoggerFactory.getLogger(getClass()).info("%1$s: greeting {} from module {}",
                                            Greeting.version(), Greeting.class.getModule().getName());
                                }
                            }
                            """.formatted(id, type.substring(type.lastIndexOf('.') + 1)))
                    .writeTo(plugins);
        }

        Run run = pluginsList(plugins);

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out() + run.err())
                .as(run.describe())
                .contains("alpha: greeting 1.0 from module test.greeting")
                .contains("beta: greeting 2.0 from module test.greeting")
                .containsPattern("(?m)^alpha +1\\.0\\.0 +file +started")
                .containsPattern("(?m)^beta +1\\.0\\.0 +file +started");
    }

    @Test
    void aPluginWithoutModuleInfoRunsAsAnAutomaticModuleOfItsOwnLayer() throws Exception {
        Path plugins = workDir.resolve("plugins");
        PluginJarBuilder.plugin("plain")
                .pluginClass("org.example.plain.PlainPlugin")
                .compileAgainst(SLF4J)
                .source("org.example.plain.PlainPlugin", """
                        package org.example.plain;

                        import dev.musicbot.api.plugin.*;

                        public final class PlainPlugin implements BotPlugin {
                            public String id() { return "plain"; }

                            public void start(PluginContext ctx) {
                                Module module = getClass().getModule();
                                org.slf4j.LoggerFactory.getLogger(getClass()).info(
                                        "plain: module {}, automatic {}, boot layer {}", module.getName(),
                                        module.getDescriptor().isAutomatic(), module.getLayer() == ModuleLayer.boot());
                            }
                        }
                        """)
                .writeTo(plugins);

        Run run = pluginsList(plugins);

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out() + run.err())
                .as(run.describe())
                .contains("plain: module plain.plugin, automatic true, boot layer false")
                .containsPattern("(?m)^plain +1\\.0\\.0 +file +started");
    }

    @Test
    void aPluginThatRequiresALibraryTheBotKeepsToItselfIsRefusedSayingWhat() throws Exception {
        Path plugins = workDir.resolve("plugins");
        PluginJarBuilder.plugin("needy")
                .pluginClass("test.needy.NeedyPlugin")
                .compileAgainst(PluginJarBuilder.locationOf(Caffeine.class))
                .moduleInfo("""
                        module test.needy {
                            requires dev.musicbot.api;
                            requires com.github.benmanes.caffeine;
                            provides dev.musicbot.api.plugin.BotPlugin with test.needy.NeedyPlugin;
                        }
                        """)
                .source("test.needy.NeedyPlugin", """
                        package test.needy;

                        import dev.musicbot.api.plugin.*;

                        public final class NeedyPlugin implements BotPlugin {
                            public String id() { return "needy"; }

                            public void start(PluginContext ctx) {
                                com.github.benmanes.caffeine.cache.Caffeine.newBuilder().build();
                            }
                        }
                        """)
                .writeTo(plugins);

        Run run = pluginsList(plugins);

        assertThat(run.out() + run.err())
                .as(run.describe())
                .containsPattern("(?m)^needy +1\\.0\\.0 +file +failed .*requires com\\.github\\.benmanes\\.caffeine,"
                        + " which the bot does not offer to plugins: bundle it in the plugin file");
    }

    private Run pluginsList(Path plugins) throws Exception {
        return BotProcess.run(
                workDir, Map.of("MUSICBOT_PLUGINS_DIR", plugins.toString()), LAUNCHER.toString(), "plugins", "list");
    }
}
