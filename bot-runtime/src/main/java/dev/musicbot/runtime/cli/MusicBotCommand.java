package dev.musicbot.runtime.cli;

import picocli.CommandLine.Command;

/** The root command. */
@Command(
        name = "musicbot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A self-hosted, plugin-based Discord music bot.",
        subcommands = {RunCommand.class, ConfigCommand.class, PluginsCommand.class, DoctorCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  error (for example Discord refused the token)",
            "  2  invalid input or configuration",
            "  3  plugin failure that stops start-up (duplicate plugin id or command name)",
            "  4  internal error"
        })
public final class MusicBotCommand {}
