package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.config.ConfigException;
import dev.musicbot.runtime.config.DeploymentShards;
import dev.musicbot.runtime.config.LoadedConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

        @Option(
                names = "--deployment",
                paramLabel = "FILE",
                description = "Also check the shard ranges of a deployment file (a Compose file or Kubernetes"
                        + " manifests): one total, every shard run by exactly one process")
        List<Path> deployments = List.of();

        @Override
        public Integer call() {
            LoadedConfig loaded = options.load(true);
            List<ConfigException.ConfigProblem> problems = new ArrayList<>();
            for (Path file : deployments) {
                try {
                    DeploymentShards.check(file)
                            .forEach(p -> problems.add(
                                    new ConfigException.ConfigProblem(file + ": " + p.key(), p.message())));
                } catch (IOException e) {
                    problems.add(new ConfigException.ConfigProblem(
                            "--deployment " + file, "cannot read it as YAML: " + e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("# configuration is valid (platform " + loaded.profile().platform() + ", file "
                    + loaded.source().map(Object::toString).orElse("none") + ")");
            out.print(loaded.toMaskedYaml());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
