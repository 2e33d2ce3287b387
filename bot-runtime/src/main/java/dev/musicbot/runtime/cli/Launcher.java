package dev.musicbot.runtime.cli;

import dev.musicbot.runtime.StartupException;
import dev.musicbot.runtime.config.ConfigException;
import dev.musicbot.runtime.plugin.ExtensionConflictException;
import dev.musicbot.runtime.plugin.PluginConflictException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** {@code main}: runs the command line and exits with a documented code. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MusicBotCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code = exitCodeOf(e);
            err.println(commandLine.getColorScheme().errorText("musicbot: " + oneLine(e)));
            if (code == ExitCodes.INTERNAL) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cli;
    }

    static int exitCodeOf(Exception e) {
        return switch (e) {
            case ConfigException ignored -> ExitCodes.INVALID_INPUT;
            case PluginConflictException ignored -> ExitCodes.PLUGIN_FAILURE;
            case ExtensionConflictException ignored -> ExitCodes.PLUGIN_FAILURE;
            case StartupException ignored -> ExitCodes.ERROR;
            default -> ExitCodes.INTERNAL;
        };
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return e instanceof ConfigException
                ? message
                : message.lines().findFirst().orElse(message);
    }

    /** The installation directory, set by the {@code bin/musicbot} script. */
    static Optional<Path> home() {
        String home = System.getProperty("musicbot.home", System.getenv("MUSICBOT_HOME"));
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }
}
