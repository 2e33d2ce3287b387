package dev.musicbot.plugin.youtube;

import dev.musicbot.api.command.CommandContext;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentSkipping;
import dev.musicbot.api.text.MessageBundle;
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
    /** The plugin's texts, shared with the resolver: {@code messages.properties} in this package. */
    private static final MessageBundle TEXTS = MessageBundle.of(SponsorBlockCommand.class);

    private static final CommandSpec SPEC = CommandSpec.of("sponsorblock", english("command.sponsorblock.description"))
            .withOptions(
                    OptionSpec.requiredChoice(
                            "mode", english("command.sponsorblock.option.mode.description"), "on", "off", "show"),
                    OptionSpec.optionalText(
                            "categories", english("command.sponsorblock.option.categories.description")))
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
            return Reply.ephemeral(ctx.text("sponsorblock.categories-with-off"));
        }
        return switch (mode) {
            case "on" -> turnOn(ctx, current, categories);
            case "off" -> {
                ctx.playback().setSegmentSkipping(new SegmentSkipping(false, current.categories()));
                yield Reply.of(ctx.text("sponsorblock.off"));
            }
            case "show" ->
                Reply.ephemeral(ctx.text(
                        current.enabled() ? "sponsorblock.show.on" : "sponsorblock.show.off",
                        describe(current.categories(), ctx.locale())));
            default -> Reply.ephemeral(ctx.text("sponsorblock.unknown-mode"));
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
                    return Reply.ephemeral(ctx.text("sponsorblock.unknown-category", word.replace("`", ""), allIds()));
                }
                chosen.add(category.get());
            }
            categories = chosen.isEmpty() ? categories : chosen;
        }
        ctx.playback().setSegmentSkipping(new SegmentSkipping(true, categories));
        return Reply.of(ctx.text("sponsorblock.on", describe(categories, ctx.locale())));
    }

    /** For example {@code non-music (`music_offtopic`), sponsor (`sponsor`)}, in the reader's language. */
    static String describe(Set<SegmentCategory> categories, Locale locale) {
        if (categories.isEmpty()) {
            return TEXTS.text(locale, "sponsorblock.no-categories");
        }
        return categories.stream()
                .sorted()
                .map(category -> TEXTS.text(
                        locale,
                        "sponsorblock.category",
                        TEXTS.text(locale, "sponsorblock.category." + category.id()),
                        category.id()))
                .collect(Collectors.joining(", "));
    }

    /** The English text of a key: the spec's fallback when a language lacks the command's texts. */
    private static String english(String key) {
        return TEXTS.text(Locale.ROOT, key);
    }

    private static String allIds() {
        return Arrays.stream(SegmentCategory.values())
                .map(category -> "`" + category.id() + "`")
                .collect(Collectors.joining(", "));
    }
}
