package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.text.MessageBundle;
import java.util.Locale;

/**
 * The plugin's texts: {@code messages.properties} in this package (English) and its translations. Replies to a
 * command come through {@link dev.musicbot.api.command.CommandContext#text}; the embeds, which are also edited
 * later by the live view, take the reader's language from here.
 */
final class Messages {
    static final MessageBundle BUNDLE = MessageBundle.of(Messages.class);

    private Messages() {}

    /** A text in a language, formatted with its arguments. */
    static String text(Locale locale, String key, Object... args) {
        return BUNDLE.text(locale, key, args);
    }
}
