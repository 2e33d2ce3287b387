package dev.musicbot.api.text;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundle keys of a command's texts, derived from its names so that every plugin's commands localize the same
 * way: {@code command.play.name}, {@code command.play.description}, {@code command.play.option.query.name},
 * {@code command.play.option.query.description}, {@code command.play.option.position.choice.next}. The runtime
 * reads them from the handler's {@link MessageBundle} for each language when it registers the command; the bundle
 * tests check that each exists in every language.
 */
public final class CommandKeys {
    private CommandKeys() {}

    /**
     * The key of the command's name.
     *
     * @param command the command
     * @return {@code command.<name>.name}
     */
    public static String name(CommandSpec command) {
        return "command." + command.name() + ".name";
    }

    /**
     * The key of the command's description.
     *
     * @param command the command
     * @return {@code command.<name>.description}
     */
    public static String description(CommandSpec command) {
        return "command." + command.name() + ".description";
    }

    /**
     * The key of an option's name.
     *
     * @param command the command
     * @param option one of its options
     * @return {@code command.<name>.option.<option>.name}
     */
    public static String optionName(CommandSpec command, OptionSpec option) {
        return option(command, option) + ".name";
    }

    /**
     * The key of an option's description.
     *
     * @param command the command
     * @param option one of its options
     * @return {@code command.<name>.option.<option>.description}
     */
    public static String optionDescription(CommandSpec command, OptionSpec option) {
        return option(command, option) + ".description";
    }

    /**
     * The key of a choice's label.
     *
     * @param command the command
     * @param option one of its options
     * @param choice one of the option's choices
     * @return {@code command.<name>.option.<option>.choice.<value>}
     */
    public static String choice(CommandSpec command, OptionSpec option, Choice choice) {
        return option(command, option) + ".choice." + choice.value();
    }

    /**
     * Every key a command needs, in the order of its spec.
     *
     * @param command the command
     * @return the keys
     */
    public static List<String> all(CommandSpec command) {
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
