package dev.musicbot.api.command;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An immutable description of a slash command.
 *
 * @param name lower-case name, 1 to 32 characters of letters, digits, {@code -} or {@code _}; unique
 *     across all plugins
 * @param description help text, 1 to 100 characters
 * @param options the options, required ones first, at most 25
 * @param preconditions checks the runtime makes before calling the handler
 */
public record CommandSpec(String name, String description, List<OptionSpec> options, Set<Precondition> preconditions) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

    /** Validates and copies the fields. */
    public CommandSpec {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("command name must match " + NAME + ": " + name);
        }
        checkText("command description", description, 100);
        options = List.copyOf(options);
        preconditions = Set.copyOf(preconditions);
        if (options.size() > 25) {
            throw new IllegalArgumentException("a command has at most 25 options: " + name);
        }
        checkOptions(name, options);
    }

    /**
     * A command with no options and no preconditions.
     *
     * @param name the name
     * @param description the help text
     * @return the spec
     */
    public static CommandSpec of(String name, String description) {
        return new CommandSpec(name, description, List.of(), Set.of());
    }

    /**
     * A copy with the given options.
     *
     * @param newOptions the options
     * @return the new spec
     */
    public CommandSpec withOptions(OptionSpec... newOptions) {
        return new CommandSpec(name, description, List.of(newOptions), preconditions);
    }

    /**
     * A copy with the given preconditions.
     *
     * @param checks the preconditions
     * @return the new spec
     */
    public CommandSpec requiring(Precondition... checks) {
        return new CommandSpec(name, description, options, Set.of(checks));
    }

    private static void checkOptions(String command, List<OptionSpec> options) {
        Set<String> seen = new HashSet<>();
        boolean optionalSeen = false;
        for (OptionSpec option : options) {
            if (!seen.add(option.name())) {
                throw new IllegalArgumentException("command '" + command + "' repeats option '" + option.name() + "'");
            }
            if (option.required() && optionalSeen) {
                throw new IllegalArgumentException(
                        "command '" + command + "': required option '" + option.name() + "' follows an optional one");
            }
            optionalSeen |= !option.required();
        }
    }

    static void checkText(String what, String text, int max) {
        Objects.requireNonNull(text, what);
        if (text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters: '" + text + "'");
        }
    }
}
