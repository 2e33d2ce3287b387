package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.Embed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Discord's length limits, applied to everything the bot renders just before JDA sees it: JDA refuses an
 * oversized message with an exception (after the command already did its work), and Discord refuses one JDA
 * lets through. Text is cut with an ellipsis, never between the two halves of a surrogate pair; a link that is
 * not a short http(s) URL is dropped.
 */
final class DiscordLimits {
    static final int CONTENT = 2000;
    static final int EMBED_TITLE = 256;
    static final int EMBED_DESCRIPTION = 4096;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FIELDS = 25;
    static final int FOOTER = 2048;
    static final int EMBED_TOTAL = 6000;
    static final int BUTTON_LABEL = 80;
    static final int BUTTONS_PER_ROW = 5;
    static final int CHOICE = 100;
    static final int CHOICES = 25;
    static final int MENU_PLACEHOLDER = 150;
    static final int URL = 2000;

    private static final String ELLIPSIS = "…";

    private DiscordLimits() {}

    /** Text cut to at most {@code max} UTF-16 units (as JDA counts), ending with an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - ELLIPSIS.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? "" : text.substring(0, end) + ELLIPSIS;
    }

    static @Nullable String cutOrNull(@Nullable String text, int max) {
        return text == null ? null : cut(text, max);
    }

    /** A non-empty text for places Discord requires one (field names and values, button labels). */
    static String cutNonEmpty(String text, int max) {
        return text.isBlank() ? "\u200b" : cut(text, max);
    }

    /** The URL if Discord accepts it as a link (absolute http or https, at most 2000 characters), else null. */
    static @Nullable String link(@Nullable String url) {
        if (url == null || url.length() > URL) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? url : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * An embed within every limit, including the 6000-character total: title and footer first, then the
     * description (cut to what is left), then as many of the first 25 fields as still fit.
     */
    static Embed embed(Embed embed) {
        String title = cutOrNull(embed.title(), EMBED_TITLE);
        String footer = cutOrNull(embed.footer(), FOOTER);
        int left = EMBED_TOTAL - length(title) - length(footer);
        String description =
                embed.description() == null ? null : cut(embed.description(), Math.min(EMBED_DESCRIPTION, left));
        left -= length(description);
        List<Embed.Field> fields = new ArrayList<>();
        for (Embed.Field f :
                embed.fields().subList(0, Math.min(FIELDS, embed.fields().size()))) {
            Embed.Field field =
                    new Embed.Field(cutNonEmpty(f.name(), FIELD_NAME), cutNonEmpty(f.value(), FIELD_VALUE), f.inline());
            left -= field.name().length() + field.value().length();
            if (left < 0) {
                break;
            }
            fields.add(field);
        }
        return new Embed(
                title, description, link(embed.url()), link(embed.thumbnailUrl()), fields, footer, embed.color());
    }

    /**
     * At most 25 choices whose labels and values fit 100 characters; a longer value is left out rather than cut,
     * since a cut value would submit something else.
     */
    static List<Choice> choices(List<Choice> choices) {
        return choices.stream()
                .filter(c -> c.value().length() <= CHOICE)
                .limit(CHOICES)
                .map(c -> new Choice(cutNonEmpty(c.label(), CHOICE), c.value()))
                .toList();
    }

    private static int length(@Nullable String text) {
        return text == null ? 0 : text.length();
    }
}
