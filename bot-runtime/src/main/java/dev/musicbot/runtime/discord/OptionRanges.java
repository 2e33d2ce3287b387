package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.jspecify.annotations.Nullable;

/**
 * Checks the values of a command's options before its handler runs: no text option holds a control character,
 * and every ranged option is within its range. Discord enforces the declared range
 * too, but the bot does not rely on it: a value past the range must never reach a handler that narrows it to
 * {@code int} (4294967297 would act as 1).
 */
final class OptionRanges {
    private OptionRanges() {}

    /** Why the given values are refused, or empty when every ranged option is within its range. */
    static Optional<Text> refusal(CommandSpec spec, Function<String, @Nullable OptionMapping> options) {
        for (OptionSpec option : spec.options()) {
            OptionMapping text = options.apply(option.name());
            if (text != null && text.getType() == OptionType.STRING && hasControlCharacter(text.getAsString())) {
                return Optional.of(RuntimeMessages.text("option.control", option.name()));
            }
        }
        for (OptionSpec option : spec.options()) {
            OptionSpec.Range range = option.range();
            OptionMapping value = range == null ? null : options.apply(option.name());
            if (range == null || value == null) {
                continue;
            }
            double number = value.getType() == OptionType.INTEGER ? value.getAsLong() : value.getAsDouble();
            if (!range.contains(number)) {
                return Optional.of(RuntimeMessages.text("option.range", option.name(), range.min(), range.max()));
            }
        }
        return Optional.empty();
    }

    /** Whether text holds a control character: a handler that trims would silently drop a NUL or a tab. */
    static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }
}
