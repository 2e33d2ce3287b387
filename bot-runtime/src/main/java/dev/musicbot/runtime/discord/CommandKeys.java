package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundle keys of a command's texts, derived from its names so that every plugin's commands localize the same
 * way: {@code command.play.name}, {@code command.play.description}, {@code command.play.option.query.name},
 * {@code command.play.option.query.description}, {@code command.play.option.position.choice.next}.
 */
final class CommandKeys {
    private CommandKeys() {}

    static String name(CommandSpec command) {
        return "command." + command.name() + ".name";
    }

    static String description(CommandSpec command) {
        return "command." + command.name() + ".description";
    }

    static String optionName(CommandSpec command, OptionSpec option) {
        return option(command, option) + ".name";
    }

    static String optionDescription(CommandSpec command, OptionSpec option) {
        return option(command, option) + ".description";
    }

    static String choice(CommandSpec command, OptionSpec option, Choice choice) {
        return option(command, option) + ".choice." + choice.value();
    }

    /** Every key a command needs, in the order of its spec. */
    static List<String> all(CommandSpec command) {
        List<String> keys = new ArrayList<>(List.of(name(command), description(command)));
        for (OptionSpec option : command.options()) {
            keys.add(optionName(command, option));
            keys.add(optionDescription(command, option));
            option.choices().forEach(choice -> keys.add(choice(command, option, choice)));
        }
        return keys;
    }

    private static String option(CommandSpec command, OptionSpec option) {
        return "command." + command.name() + ".option." + option.name();
    }
}
