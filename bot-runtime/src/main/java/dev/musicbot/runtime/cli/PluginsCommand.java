package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.audio.AudioEngine;
import dev.musicbot.runtime.boot.PluginSetup;
import dev.musicbot.runtime.config.LoadedConfig;
import dev.musicbot.runtime.plugin.PluginInfo;
import dev.musicbot.runtime.plugin.Registration;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code musicbot plugins ...}. */
@Command(
        name = "plugins",
        description = "Inspect plugins.",
        mixinStandardHelpOptions = true,
        subcommands = PluginsCommand.ListPlugins.class)
final class PluginsCommand {

    /** {@code musicbot plugins list}: every plugin, its state and what it contributes. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Start the plugins (without Discord) and list each one with its state and extensions.")
    static final class ListPlugins implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LoadedConfig loaded = options.load(false);
            try (AudioEngine engine = new AudioEngine(loaded.config());
                    PluginSetup setup = PluginSetup.start(loaded, engine)) {
                out.printf(
                        "%-16s %-14s %-8s %-9s %s%n", "PLUGIN", "VERSION", "ORIGIN", "STATE", "EXTENSIONS / PROBLEM");
                for (PluginInfo info : setup.plugins()) {
                    String detail = info.problem() != null
                            ? info.problem()
                            : describe(setup.registry().all(), info.id());
                    out.printf(
                            "%-16s %-14s %-8s %-9s %s%n",
                            info.id(),
                            info.version(),
                            // built-in: on the class path (the core plugin); file: a plugin file, shipped or dropped in
                            info.origin() == PluginInfo.Origin.BUNDLED ? "built-in" : "file",
                            info.state().name().toLowerCase(java.util.Locale.ROOT),
                            detail);
                }
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String describe(List<Registration> all, String pluginId) {
            String text = all.stream()
                    .filter(r -> r.pluginId().equals(pluginId))
                    .map(r -> r.point().getSimpleName() + " " + r.key())
                    .collect(Collectors.joining(", "));
            return text.isEmpty() ? "(none)" : text;
        }
    }
}
