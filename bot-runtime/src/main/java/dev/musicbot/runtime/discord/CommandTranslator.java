package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.text.CommandKeys;
import dev.musicbot.api.text.MessageBundle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;

/**
 * Turns our command model into JDA's slash-command data. Commands are guild-only: music needs a voice channel.
 *
 * <p>Texts come from the handler's bundle ({@link CommandKeys}): English is what Discord shows by default, and
 * every other language of the runtime goes through JDA's {@link LocalizationFunction}. A key the bundle lacks
 * falls back to the spec's own text (and the bundle tests fail).
 */
final class CommandTranslator {
    private CommandTranslator() {}

    static SlashCommandData toJda(CommandSpec spec, MessageBundle bundle) {
        // JDA asks the function with keys built from the names, such as "play.options.position.choices.next.name";
        // this map leads each of them to our key.
        Map<String, String> keys = new HashMap<>();
        keys.put(jdaKey(spec.name(), "name"), CommandKeys.name(spec));
        keys.put(jdaKey(spec.name(), "description"), CommandKeys.description(spec));
        SlashCommandData data = Commands.slash(
                        spec.name(), english(bundle, CommandKeys.description(spec), spec.description()))
                .setContexts(InteractionContextType.GUILD);
        spec.options().forEach(option -> data.addOptions(toJda(spec, option, bundle, keys)));
        return data.setLocalizationFunction(localizations(bundle, keys));
    }

    private static OptionData toJda(
            CommandSpec spec, OptionSpec option, MessageBundle bundle, Map<String, String> keys) {
        String path = spec.name() + ".options." + option.name();
        keys.put(jdaKey(path, "name"), CommandKeys.optionName(spec, option));
        keys.put(jdaKey(path, "description"), CommandKeys.optionDescription(spec, option));
        OptionData data = new OptionData(
                type(option),
                option.name(),
                english(bundle, CommandKeys.optionDescription(spec, option), option.description()),
                option.required(),
                option.autocomplete());
        OptionSpec.Range range = option.range();
        if (range != null && option.type() == dev.musicbot.api.command.OptionType.INTEGER) {
            data.setRequiredRange(range.min(), range.max());
        } else if (range != null) {
            data.setRequiredRange((double) range.min(), (double) range.max());
        }
        option.choices().forEach(choice -> {
            String key = CommandKeys.choice(spec, option, choice);
            String label = DiscordLimits.cut(english(bundle, key, choice.label()), DiscordLimits.CHOICE);
            keys.put(jdaKey(path + ".choices." + label, "name"), key);
            switch (option.type()) {
                case INTEGER -> data.addChoice(label, Long.parseLong(choice.value()));
                case NUMBER -> data.addChoice(label, Double.parseDouble(choice.value()));
                default -> data.addChoice(label, choice.value());
            }
        });
        return data;
    }

    private static LocalizationFunction localizations(MessageBundle bundle, Map<String, String> keys) {
        return jdaKey -> {
            Map<DiscordLocale, String> texts = new EnumMap<>(DiscordLocale.class);
            String key = keys.get(jdaKey);
            if (key == null) {
                return texts;
            }
            for (DiscordLocale language : Languages.translated()) {
                bundle.pattern(Languages.toLocale(language), key)
                        .map(text -> limit(jdaKey, text))
                        .ifPresent(text -> texts.put(language, text));
            }
            return texts;
        };
    }

    private static String limit(String jdaKey, String text) {
        boolean longText = jdaKey.endsWith(".description") || jdaKey.contains(".choices.");
        return DiscordLimits.cut(text, longText ? DiscordLimits.CHOICE : 32);
    }

    private static String english(MessageBundle bundle, String key, String fallback) {
        return bundle.pattern(Locale.ROOT, key).orElse(fallback);
    }

    /** JDA's key: the path and the final part, lower case, spaces as underscores. */
    private static String jdaKey(String path, String last) {
        return (path + "." + last).replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    private static OptionType type(OptionSpec option) {
        return switch (option.type()) {
            case STRING -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case NUMBER -> OptionType.NUMBER;
            case BOOLEAN -> OptionType.BOOLEAN;
            case ATTACHMENT -> OptionType.ATTACHMENT;
        };
    }
}
