package dev.musicbot.api.text;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one module: {@code messages.properties} (English) and its translations, such as
 * {@code messages_vi.properties}, in a package of the module's jar.
 *
 * <p>A command handler's bundle also names its command: the runtime reads {@code command.<name>.name}, {@code
 * command.<name>.description}, {@code command.<name>.option.<option>.name}, {@code
 * command.<name>.option.<option>.description} and {@code command.<name>.option.<option>.choice.<value>} from it for
 * every language it has (see {@link dev.musicbot.api.command.CommandHandler#messages()}).
 *
 * <p>A language the bundle lacks, and a key a translation lacks, fall back to English. Texts are {@link
 * MessageFormat} patterns; an argument that the pattern does not format itself ({@code {0}} rather than {@code
 * {0,number}} or {@code {0,choice,...}}) is shown with {@link String#valueOf}, so numbers are never grouped; an argument that is a {@link
 * Text} is resolved in the same language. Thread
 * safe; {@link ResourceBundle} caches the files.
 */
public final class MessageBundle {
    private final String baseName;
    private final Module module;

    private MessageBundle(String baseName, Module module) {
        this.baseName = Objects.requireNonNull(baseName, "baseName");
        this.module = Objects.requireNonNull(module, "module");
    }

    /**
     * The bundle {@code messages} in the package of a class, read from that class's module (or class loader).
     *
     * @param anchor a class of the package that holds {@code messages.properties}
     * @return the bundle
     */
    public static MessageBundle of(Class<?> anchor) {
        return new MessageBundle(anchor.getPackageName() + ".messages", anchor.getModule());
    }

    /**
     * The bundle's base name, such as {@code dev.musicbot.plugin.playlists.messages}.
     *
     * @return the base name
     */
    public String baseName() {
        return baseName;
    }

    /**
     * A text of this bundle, to be resolved later for its reader.
     *
     * @param key the key
     * @param args the arguments (not null)
     * @return the text
     */
    public Text key(String key, Object... args) {
        return Text.of(this, key, args);
    }

    /**
     * A text in a language, formatted with its arguments.
     *
     * @param locale the reader's language; one the bundle lacks means English
     * @param key the key
     * @param args the arguments, {@code {0}} first
     * @return the text
     * @throws MissingResourceException if not even the English file has the key (a bug the bundle tests catch)
     */
    public String text(Locale locale, String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle(locale).getString(key), locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Text nested) {
                shown[i] = nested.in(locale);
            } else if (i >= formats.length || formats[i] == null) {
                shown[i] = String.valueOf(shown[i]);
            }
        }
        return format.format(shown);
    }

    /**
     * The pattern of a key in exactly one language, if that language's file (or English, for {@link Locale#ROOT})
     * defines or inherits it.
     *
     * @param locale the language
     * @param key the key
     * @return the unformatted pattern, or empty if the bundle has no such language or key
     */
    public Optional<String> pattern(Locale locale, String key) {
        ResourceBundle bundle = bundle(locale);
        if (!sameLanguage(bundle.getLocale(), locale) || !bundle.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(bundle.getString(key));
    }

    /**
     * Whether this bundle has a file for a language (English always exists).
     *
     * @param locale the language
     * @return true if texts in it are translated
     */
    public boolean speaks(Locale locale) {
        return sameLanguage(bundle(locale).getLocale(), locale);
    }

    private ResourceBundle bundle(Locale wanted) {
        Locale locale = english(wanted) ? Locale.ROOT : wanted;
        ResourceBundle found = ResourceBundle.getBundle(baseName, locale, module);
        // getBundle falls back to the JVM's default language before English; readers get English instead.
        return sameLanguage(found.getLocale(), locale)
                ? found
                : ResourceBundle.getBundle(baseName, Locale.ROOT, module);
    }

    private static boolean sameLanguage(Locale found, Locale wanted) {
        return english(found) ? english(wanted) : found.getLanguage().equals(wanted.getLanguage());
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
    }

    @Override
    public String toString() {
        return "MessageBundle[" + baseName + "]";
    }
}
