package dev.musicbot.api.command;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A drop-down list under a reply, from which the user picks one option. A pick is routed back to {@link
 * CommandHandler#onSelect} of the handler that sent it, with this menu's {@link #action()} and the option's
 * {@link Option#value()}.
 *
 * @param action the handler-local action id (letters, digits, {@code -}, {@code _}, {@code :}; at most 64)
 * @param placeholder the text shown before anything is picked (1 to 150 characters)
 * @param options the options, 1 to 25, with distinct values
 */
public record SelectMenu(String action, String placeholder, List<Option> options) {

    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_:-]{1,64}");

    /** Validates and copies the fields. */
    public SelectMenu {
        if (!ACTION.matcher(Objects.requireNonNull(action, "action")).matches()) {
            throw new IllegalArgumentException("menu action must match " + ACTION + ": " + action);
        }
        CommandSpec.checkText("menu placeholder", placeholder, 150);
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > 25) {
            throw new IllegalArgumentException("a menu has 1 to 25 options, not " + options.size());
        }
        if (new HashSet<>(options.stream().map(Option::value).toList()).size() != options.size()) {
            throw new IllegalArgumentException("menu option values must be distinct");
        }
    }

    /**
     * One entry of a menu.
     *
     * @param label the text shown (1 to 100 characters)
     * @param value what the handler receives when it is picked (1 to 100 characters)
     * @param description a second line under the label (at most 100 characters), or {@code null}
     */
    public record Option(
            String label, String value, @Nullable String description) {

        /** Validates the fields. */
        public Option {
            CommandSpec.checkText("menu option label", label, 100);
            CommandSpec.checkText("menu option value", value, 100);
            if (description != null) {
                CommandSpec.checkText("menu option description", description, 100);
            }
        }
    }
}
