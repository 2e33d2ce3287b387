package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.config.LoadedConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code musicbot config ...}. */
@Command(
        name = "config",
        description = "Inspect the configuration.",
        mixinStandardHelpOptions = true,
        subcommands = ConfigCommand.Check.class)
final class ConfigCommand {

    /** {@code musicbot config check}: validate and print the effective configuration, secrets masked. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Validate the configuration and print the effective values (secrets masked).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            LoadedConfig loaded = options.load(true);
            PrintWriter out = spec.commandLine().getOut();
            out.println("# configuration is valid (platform " + loaded.profile().platform() + ", file "
                    + loaded.source().map(Object::toString).orElse("none") + ")");
            out.print(loaded.toMaskedYaml());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
