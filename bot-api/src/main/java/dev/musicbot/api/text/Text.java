package dev.musicbot.api.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text not yet put into words: a key of a bundle and its arguments. Code that does not know who
 * will read a text (a source resolver, the player) returns or throws one of these; the runtime resolves it in the
 * reader's language when it shows it.
 *
 * @param bundle the bundle that defines the key
 * @param key the key
 * @param args the {@link java.text.MessageFormat} arguments, in index order (not null)
 */
public record Text(MessageBundle bundle, String key, List<Object> args) {

    /** Validates and copies the fields. */
    public Text {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /**
     * Creates a text.
     *
     * @param bundle the bundle that defines the key
     * @param key the key
     * @param args the arguments
     * @return the text
     */
    public static Text of(MessageBundle bundle, String key, Object... args) {
        return new Text(bundle, key, Arrays.asList(args));
    }

    /**
     * The text in a language (English when the bundle has no such language).
     *
     * @param locale the reader's language
     * @return the formatted text
     */
    public String in(Locale locale) {
        return bundle.text(locale, key, args.toArray());
    }

    /**
     * The English text, for logs and for callers that have no reader.
     *
     * @return the text in English
     */
    @Override
    public String toString() {
        return in(Locale.ROOT);
    }
}
