package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** Turns our command model into JDA's slash-command data. Commands are guild-only: music needs a voice channel. */
final class CommandTranslator {
    private CommandTranslator() {}

    static SlashCommandData toJda(CommandSpec spec) {
        SlashCommandData data =
                Commands.slash(spec.name(), spec.description()).setContexts(InteractionContextType.GUILD);
        spec.options().forEach(option -> data.addOptions(toJda(option)));
        return data;
    }

    private static OptionData toJda(OptionSpec option) {
        OptionData data = new OptionData(
                type(option), option.name(), option.description(), option.required(), option.autocomplete());
        OptionSpec.Range range = option.range();
        if (range != null && option.type() == dev.musicbot.api.command.OptionType.INTEGER) {
            data.setRequiredRange(range.min(), range.max());
        } else if (range != null) {
            data.setRequiredRange((double) range.min(), (double) range.max());
        }
        option.choices().forEach(choice -> {
            String label = DiscordLimits.cut(choice.label(), DiscordLimits.CHOICE);
            switch (option.type()) {
                case INTEGER -> data.addChoice(label, Long.parseLong(choice.value()));
                case NUMBER -> data.addChoice(label, Double.parseDouble(choice.value()));
                default -> data.addChoice(label, choice.value());
            }
        });
        return data;
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
