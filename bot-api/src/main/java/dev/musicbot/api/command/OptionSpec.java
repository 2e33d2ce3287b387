package dev.musicbot.api.command;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One option of a slash command.
 *
 * @param name lower-case name, 1 to 32 characters of letters, digits, {@code -} or {@code _}
 * @param description help text, 1 to 100 characters
 * @param type the value type
 * @param required whether the user must give it
 * @param choices fixed values the user picks from (empty for free input)
 * @param autocomplete whether the handler suggests values as the user types (not with choices)
 * @param range the smallest and largest value of an integer or number option; null for Discord's own limits.
 *     Discord refuses values outside it, and the runtime checks it again before the handler runs, so a handler
 *     may narrow an integer option's value to {@code int} without surprises
 */
public record OptionSpec(
        String name,
        String description,
        OptionType type,
        boolean required,
        List<Choice> choices,
        boolean autocomplete,
        @Nullable Range range) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

    /** Validates and copies the fields. */
    public OptionSpec {
        Objects.requireNonNull(type, "type");
        CommandSpec.checkText("option description", description, 100);
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("option name must match " + NAME + ": " + name);
        }
        choices = List.copyOf(choices);
        if (type == OptionType.ATTACHMENT && (autocomplete || !choices.isEmpty())) {
            throw new IllegalArgumentException("attachment option '" + name + "' cannot have choices or autocomplete");
        }
        if (autocomplete && !choices.isEmpty()) {
            throw new IllegalArgumentException("option '" + name + "' cannot have both choices and autocomplete");
        }
        if (range != null && type != OptionType.INTEGER && type != OptionType.NUMBER) {
            throw new IllegalArgumentException("option '" + name + "' has a range but is not a number");
        }
    }

    /**
     * An option without a range (the form before ranges existed).
     *
     * @param name the name
     * @param description the help text
     * @param type the value type
     * @param required whether the user must give it
     * @param choices fixed values
     * @param autocomplete whether the handler suggests values
     */
    public OptionSpec(
            String name,
            String description,
            OptionType type,
            boolean required,
            List<Choice> choices,
            boolean autocomplete) {
        this(name, description, type, required, choices, autocomplete, null);
    }

    /**
     * The smallest and largest value an integer or number option accepts, both included.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     */
    public record Range(long min, long max) {
        /** Checks that the range is not empty. */
        public Range {
            if (min > max) {
                throw new IllegalArgumentException("empty range: " + min + " > " + max);
            }
        }

        /**
         * Whether the value lies in the range.
         *
         * @param value the value
         * @return true if {@code min <= value <= max}
         */
        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    /**
     * This option with a range of values (integer and number options only).
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the option
     */
    public OptionSpec withRange(long min, long max) {
        return new OptionSpec(name, description, type, required, choices, autocomplete, new Range(min, max));
    }

    /**
     * A required free-text option.
     *
     * @param name the name
     * @param description the help text
     * @return the option
     */
    public static OptionSpec requiredText(String name, String description) {
        return new OptionSpec(name, description, OptionType.STRING, true, List.of(), false);
    }

    /**
     * An optional free-text option.
     *
     * @param name the name
     * @param description the help text
     * @return the option
     */
    public static OptionSpec optionalText(String name, String description) {
        return new OptionSpec(name, description, OptionType.STRING, false, List.of(), false);
    }

    /**
     * A required whole-number option.
     *
     * @param name the name
     * @param description the help text
     * @return the option
     */
    public static OptionSpec requiredInteger(String name, String description) {
        return new OptionSpec(name, description, OptionType.INTEGER, true, List.of(), false);
    }

    /**
     * An optional whole-number option.
     *
     * @param name the name
     * @param description the help text
     * @return the option
     */
    public static OptionSpec optionalInteger(String name, String description) {
        return new OptionSpec(name, description, OptionType.INTEGER, false, List.of(), false);
    }

    /**
     * A required option whose value is one of fixed choices.
     *
     * @param name the name
     * @param description the help text
     * @param values the choices (label = value)
     * @return the option
     */
    public static OptionSpec requiredChoice(String name, String description, String... values) {
        return new OptionSpec(
                name,
                description,
                OptionType.STRING,
                true,
                java.util.Arrays.stream(values).map(Choice::of).toList(),
                false);
    }

    /**
     * A required file upload. The handler gets its metadata from {@link CommandContext#attachment(String)} and its
     * bytes from {@link CommandContext#read(Attachment, long)}.
     *
     * @param name the name
     * @param description the help text
     * @return the option
     */
    public static OptionSpec requiredAttachment(String name, String description) {
        return new OptionSpec(name, description, OptionType.ATTACHMENT, true, List.of(), false);
    }

    /**
     * A copy of this option with autocomplete turned on.
     *
     * @return the new option
     */
    public OptionSpec withAutocomplete() {
        return new OptionSpec(name, description, type, required, choices, true, range);
    }
}
