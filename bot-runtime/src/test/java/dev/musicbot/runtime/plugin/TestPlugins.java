package dev.musicbot.runtime.plugin;

/** Sources of the plugins the host tests drop in. */
final class TestPlugins {
    private TestPlugins() {}

    /** A plugin contributing a command {@code /hello} and a resolver {@code echo}, and its own copy of a library. */
    static PluginJarBuilder greeter() {
        return PluginJarBuilder.plugin("greeter")
                .pluginClass("org.example.greeter.GreeterPlugin")
                .requires(">=0.1.0")
                .source("org.example.greeter.GreeterPlugin", """
                        package org.example.greeter;

                        import dev.musicbot.api.command.*;
                        import dev.musicbot.api.plugin.*;
                        import dev.musicbot.api.source.*;

                        public final class GreeterPlugin implements BotPlugin {
                            public String id() { return "greeter"; }

                            public void start(PluginContext ctx) {
                                ctx.register(CommandHandler.class, new CommandHandler() {
                                    public CommandSpec spec() { return CommandSpec.of("hello", "Say hello"); }
                                    public Reply handle(CommandContext c) { return Reply.of("Hello from a plugin"); }
                                });
                                ctx.register(SourceResolver.class, new SourceResolver() {
                                    public String id() { return "echo"; }
                                    public boolean accepts(TrackQuery q) { return q.hasPrefix("echo:"); }
                                    public ResolveResult resolve(TrackQuery q) {
                                        return new ResolveResult.NoMatch(new org.yaml.snakeyaml.Yaml().toString());
                                    }
                                });
                            }
                        }
                        """)
                .source("org.yaml.snakeyaml.Yaml", PLUGIN_OWN_YAML);
    }

    /** The Yaml class the greeter ships, as a library of a zip plugin. */
    static final String PLUGIN_OWN_YAML = """
            package org.yaml.snakeyaml;

            /** The plugin's own (incompatible) copy of a class the bot also has. */
            public final class Yaml {
                @Override public String toString() { return "the plugin's own Yaml"; }
            }
            """;

    /** The greeter as a zip plugin: plugin.properties, classes/ and its library in lib/. */
    static PluginJarBuilder zippedGreeter() {
        PluginJarBuilder greeter = greeter();
        greeter.removeSource("org.yaml.snakeyaml.Yaml");
        return greeter;
    }

    /**
     * A plugin (id {@code id}) with a resolver of the same id whose answer names the process permits its
     * context handed it: their identity and how many are free.
     */
    static PluginJarBuilder permitsReporter(String id) {
        String pkg = "org.example." + id.replace("-", "");
        return PluginJarBuilder.plugin(id)
                .pluginClass(pkg + ".ReporterPlugin")
                .requires(">=1.1.0 & <2.0.0")
                .source(pkg + ".ReporterPlugin", """
                        package %s;

                        import dev.musicbot.api.plugin.*;
                        import dev.musicbot.api.source.*;
                        import java.util.concurrent.Semaphore;

                        public final class ReporterPlugin implements BotPlugin {
                            public String id() { return "%s"; }

                            public void start(PluginContext ctx) {
                                Semaphore permits = ctx.processPermits();
                                ctx.register(SourceResolver.class, new SourceResolver() {
                                    public String id() { return "%s"; }
                                    public boolean accepts(TrackQuery q) { return false; }
                                    public ResolveResult resolve(TrackQuery q) {
                                        return new ResolveResult.NoMatch(
                                                System.identityHashCode(permits) + " " + permits.availablePermits());
                                    }
                                });
                            }
                        }
                        """.formatted(pkg, id, id));
    }

    /** A plugin whose start fails. */
    static PluginJarBuilder failingStart() {
        return PluginJarBuilder.plugin("broken-start")
                .pluginClass("org.example.broken.BrokenPlugin")
                .source("org.example.broken.BrokenPlugin", """
                        package org.example.broken;

                        import dev.musicbot.api.command.*;
                        import dev.musicbot.api.plugin.*;

                        public final class BrokenPlugin implements BotPlugin {
                            public String id() { return "broken-start"; }

                            public void start(PluginContext ctx) {
                                ctx.register(CommandHandler.class, new CommandHandler() {
                                    public CommandSpec spec() { return CommandSpec.of("half", "Registered before the failure"); }
                                    public Reply handle(CommandContext c) { return Reply.of("never"); }
                                });
                                throw new IllegalStateException("missing credentials for the test service");
                            }
                        }
                        """);
    }

    /** A plugin whose descriptor names a class that is not in the jar. */
    static PluginJarBuilder missingClass() {
        return PluginJarBuilder.plugin("ghost").pluginClass("org.example.ghost.GhostPlugin");
    }

    /** A plugin that needs a plugin API version far in the future. */
    static PluginJarBuilder tooNew() {
        return PluginJarBuilder.plugin("from-the-future")
                .pluginClass("org.example.future.FuturePlugin")
                .requires(">=99.0.0")
                .source("org.example.future.FuturePlugin", """
                        package org.example.future;

                        public final class FuturePlugin implements dev.musicbot.api.plugin.BotPlugin {
                            public String id() { return "from-the-future"; }
                            public void start(dev.musicbot.api.plugin.PluginContext ctx) {}
                        }
                        """);
    }

    /** A plugin registering a command name the core plugin already has. */
    static PluginJarBuilder clashingCommand() {
        return PluginJarBuilder.plugin("copycat")
                .pluginClass("org.example.copycat.CopycatPlugin")
                .source("org.example.copycat.CopycatPlugin", """
                        package org.example.copycat;

                        import dev.musicbot.api.command.*;
                        import dev.musicbot.api.plugin.*;

                        public final class CopycatPlugin implements BotPlugin {
                            public String id() { return "copycat"; }

                            public void start(PluginContext ctx) {
                                ctx.register(CommandHandler.class, new CommandHandler() {
                                    public CommandSpec spec() { return CommandSpec.of("ping", "Another ping"); }
                                    public Reply handle(CommandContext c) { return Reply.of("pong?"); }
                                });
                            }
                        }
                        """);
    }

    /** A plugin claiming the id of the bundled core plugin. */
    static PluginJarBuilder impostor() {
        return PluginJarBuilder.plugin("core")
                .pluginClass("org.example.impostor.CorePlugin")
                .source("org.example.impostor.CorePlugin", """
                        package org.example.impostor;

                        public final class CorePlugin implements dev.musicbot.api.plugin.BotPlugin {
                            public String id() { return "core"; }
                            public void start(dev.musicbot.api.plugin.PluginContext ctx) {}
                        }
                        """);
    }
}
