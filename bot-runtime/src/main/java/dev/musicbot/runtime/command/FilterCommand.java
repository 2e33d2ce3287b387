package dev.musicbot.runtime.command;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.OptionType;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /filter <preset> [level]} (DJ): one sound effect for everyone listening, kept across restarts; {@code
 * off} turns every effect off, the equalizer included, and Opus sources pass through untouched again.
 */
final class FilterCommand implements CommandHandler {
    static final List<String> LEVELS = List.of("low", "medium", "high", "extreme");

    private static final CommandSpec SPEC = Controls.djControl("filter", "Apply a sound effect to the music")
            .withOptions(
                    new OptionSpec(
                            "preset",
                            "The effect, or off",
                            OptionType.STRING,
                            true,
                            Arrays.stream(FilterPreset.values())
                                    .map(p -> new Choice(p.label(), p.id()))
                                    .toList(),
                            false),
                    new OptionSpec(
                            "level",
                            "How much bass boost (default medium)",
                            OptionType.STRING,
                            false,
                            LEVELS.stream().map(Choice::of).toList(),
                            false));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        Optional<FilterPreset> preset = FilterPreset.parse(ctx.string("preset").orElse(""));
        if (preset.isEmpty()) {
            return Reply.ephemeral(ctx.text(
                    "filter.pick",
                    String.join(
                            ", ",
                            Arrays.stream(FilterPreset.values())
                                    .map(FilterPreset::id)
                                    .toList())));
        }
        Optional<String> levelName = ctx.string("level").map(l -> l.trim().toLowerCase(Locale.ROOT));
        if (preset.get() == FilterPreset.OFF) {
            ctx.playback().setFilters(AudioFilters.NONE);
            return Reply.of(ctx.text("filter.off"));
        }
        if (levelName.isPresent() && preset.get() != FilterPreset.BASS_BOOST) {
            return Reply.ephemeral(ctx.text("filter.levels-bass-only"));
        }
        int level = 0;
        if (preset.get() == FilterPreset.BASS_BOOST) {
            level = LEVELS.indexOf(levelName.orElse("medium")) + 1;
            if (level == 0) {
                return Reply.ephemeral(ctx.text("filter.level-usage", String.join(", ", LEVELS)));
            }
        }
        AudioFilters filters = ctx.playback().filters().withPreset(preset.get(), level);
        ctx.playback().setFilters(filters);
        return Reply.of(ctx.text("filter.done", label(filters, ctx.locale())));
    }

    /** How the filters read on the now-playing card: {@code off}, {@code bass boost (high)}, {@code 8D + EQ}. */
    static String label(AudioFilters filters, Locale locale) {
        String preset = filters.preset() == FilterPreset.OFF
                ? ""
                : RuntimeMessages.BUNDLE.text(
                        locale,
                        "command.filter.option.preset.choice."
                                + filters.preset().id());
        if (filters.preset() == FilterPreset.BASS_BOOST) {
            preset += " ("
                    + RuntimeMessages.BUNDLE.text(
                            locale, "command.filter.option.level.choice." + LEVELS.get(filters.level() - 1))
                    + ")";
        }
        String eq = filters.equalizer().isEmpty() ? "" : "EQ";
        if (preset.isEmpty()) {
            return eq.isEmpty() ? RuntimeMessages.BUNDLE.text(locale, "filter.label.off") : eq;
        }
        return eq.isEmpty() ? preset : preset + " + " + eq;
    }
}
