package dev.musicbot.runtime.text;

import java.util.regex.Pattern;

/**
 * Neutralises Discord syntax in text the bot echoes but did not write (track titles, playlist names, what a
 * member typed): Markdown ({@code * _ ` ~ | > \}), mentions ({@code @everyone}, {@code <@&role>},
 * {@code <#channel>}) and masked links ({@code [text](url)}). Each such character gets a backslash, which Discord
 * shows as the character itself. The bot also sends every message with no mentions allowed; escaping keeps the
 * text from even looking like a ping or a link.
 */
public final class Markdown {
    private static final Pattern SPECIAL = Pattern.compile("([*_`~|><@\\[\\]\\\\])");

    private Markdown() {}

    /**
     * Escapes user-controlled text.
     *
     * @param text the text
     * @return the text with Discord syntax escaped
     */
    public static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
