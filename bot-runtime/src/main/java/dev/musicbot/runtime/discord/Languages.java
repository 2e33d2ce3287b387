package dev.musicbot.runtime.discord;

import dev.musicbot.runtime.command.RuntimeMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * The languages the bot speaks, found from the runtime's bundle: a Discord language is offered when
 * {@code messages_<language>.properties} exists. English is the default and the fallback.
 */
final class Languages {
    private static final List<DiscordLocale> TRANSLATED = Arrays.stream(DiscordLocale.values())
            .filter(l -> l != DiscordLocale.UNKNOWN)
            .filter(l -> !toLocale(l).equals(Locale.ROOT))
            .filter(l -> RuntimeMessages.BUNDLE.speaks(toLocale(l)))
            .toList();

    private Languages() {}

    /** The Discord languages besides English that the runtime has texts in. */
    static List<DiscordLocale> translated() {
        return TRANSLATED;
    }

    /** A Discord language as a locale: {@link Locale#ROOT} for English and for languages Discord did not name. */
    static Locale toLocale(DiscordLocale locale) {
        if (locale == DiscordLocale.UNKNOWN || locale.getLocale().startsWith("en")) {
            return Locale.ROOT;
        }
        return Locale.forLanguageTag(locale.getLocale());
    }
}
