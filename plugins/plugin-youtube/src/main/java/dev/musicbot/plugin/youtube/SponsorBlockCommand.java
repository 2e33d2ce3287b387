package dev.musicbot.plugin.youtube;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentSkipping;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /sponsorblock <on|off|show> [categories]} (DJ): whether this guild skips SponsorBlock segments in YouTube
 * videos, and which kinds; kept across restarts. {@code on} without categories keeps the previous choice.
 */
final class SponsorBlockCommand implements CommandHandler {
    private static final CommandSpec SPEC = CommandSpec.of("sponsorblock", SponsorBlockTexts.DESCRIPTION)
            .withOptions(
                    OptionSpec.requiredChoice("mode", SponsorBlockTexts.MODE, "on", "off", "show"),
                    OptionSpec.optionalText("categories", SponsorBlockTexts.CATEGORIES))
            .requiring(Precondition.DJ);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        SegmentSkipping current = ctx.playback().segmentSkipping();
        Optional<String> categories = ctx.string("categories").filter(text -> !text.isBlank());
        String mode = ctx.string("mode").orElse("").strip().toLowerCase(Locale.ROOT);
        if (categories.isPresent() && !mode.equals("on")) {
            return Reply.ephemeral(SponsorBlockTexts.CATEGORIES_WITH_OFF);
        }
        return switch (mode) {
            case "on" -> turnOn(ctx, current, categories);
            case "off" -> {
                ctx.playback().setSegmentSkipping(new SegmentSkipping(false, current.categories()));
                yield Reply.of(SponsorBlockTexts.OFF);
            }
            case "show" ->
                Reply.ephemeral(String.format(
                        current.enabled() ? SponsorBlockTexts.SHOW_ON : SponsorBlockTexts.SHOW_OFF,
                        describe(current.categories())));
            default -> Reply.ephemeral(SponsorBlockTexts.UNKNOWN_MODE);
        };
    }

    private static Reply turnOn(CommandContext ctx, SegmentSkipping current, Optional<String> text) {
        Set<SegmentCategory> categories =
                current.categories().isEmpty() ? SegmentSkipping.DEFAULT.categories() : current.categories();
        if (text.isPresent()) {
            Set<SegmentCategory> chosen = EnumSet.noneOf(SegmentCategory.class);
            for (String word : text.get().split("[,\\s]+")) {
                if (word.isBlank()) {
                    continue;
                }
                if (word.equalsIgnoreCase("default")) {
                    chosen.addAll(SegmentSkipping.DEFAULT.categories());
                    continue;
                }
                Optional<SegmentCategory> category = SegmentCategory.parse(word);
                if (category.isEmpty()) {
                    return Reply.ephemeral(
                            String.format(SponsorBlockTexts.UNKNOWN_CATEGORY, word.replace("`", ""), allIds()));
                }
                chosen.add(category.get());
            }
            categories = chosen.isEmpty() ? categories : chosen;
        }
        ctx.playback().setSegmentSkipping(new SegmentSkipping(true, categories));
        return Reply.of(String.format(SponsorBlockTexts.ON, describe(categories)));
    }

    /** For example {@code non-music (music_offtopic), sponsor (sponsor)}. */
    static String describe(Set<SegmentCategory> categories) {
        if (categories.isEmpty()) {
            return SponsorBlockTexts.NO_CATEGORIES;
        }
        return categories.stream()
                .sorted()
                .map(category -> category.label() + " (`" + category.id() + "`)")
                .collect(Collectors.joining(", "));
    }

    private static String allIds() {
        return Arrays.stream(SegmentCategory.values())
                .map(category -> "`" + category.id() + "`")
                .collect(Collectors.joining(", "));
    }
}
