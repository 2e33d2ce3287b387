package dev.musicbot.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.command.CommandSpec;
import dev.musicbot.api.command.OptionSpec;
import dev.musicbot.api.text.CommandKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a module's bundle files ({@code messages.properties} and its translations, as {@link
 * dev.musicbot.api.text.MessageBundle} reads them): every key in every language, the same placeholders in each,
 * patterns that {@link MessageFormat} parses (choice formats included), no stray single quote, and a command's
 * name, description, options and choices present for Discord. Call it from a unit test of each module that ships
 * texts.
 */
public final class MessageBundleContract {
    /** The languages every module ships besides English. */
    public static final List<String> LANGUAGES = List.of("vi");

    // Discord's rule for command and option names, in every language (lower case where the script has case).
    private static final Pattern DISCORD_NAME = Pattern.compile("^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private MessageBundleContract() {}

    /**
     * Checks that every language of a bundle has the English keys, and no others, with the same placeholders.
     *
     * @param anchor a class of the package that holds {@code messages.properties}
     */
    public static void assertConsistent(Class<?> anchor) {
        Properties english = read(anchor, "");
        assertThat(english)
                .as("messages.properties of %s", anchor.getPackageName())
                .isNotEmpty();
        english.stringPropertyNames().forEach(key -> assertPattern(anchor, "en", key, english.getProperty(key)));
        for (String language : LANGUAGES) {
            Properties translated = read(anchor, "_" + language);
            assertThat(translated.stringPropertyNames())
                    .as("keys of messages_%s.properties in %s", language, anchor.getPackageName())
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String pattern = translated.getProperty(key);
                assertPattern(anchor, language, key, pattern);
                assertThat(arguments(pattern))
                        .as("placeholders of %s in messages_%s.properties", key, language)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    /**
     * Checks that a handler's bundle has its command's name, description, options and choices in English and
     * every other language, that the English name is the command's own, and that each text fits Discord.
     *
     * @param handler the handler
     */
    public static void assertCommandTexts(CommandHandler handler) {
        CommandSpec spec = handler.spec();
        Class<?> anchor = handler.getClass();
        Properties english = read(anchor, "");
        assertThat(english.getProperty(CommandKeys.name(spec)))
                .as("English name of /%s", spec.name())
                .isEqualTo(spec.name());
        for (OptionSpec option : spec.options()) {
            assertThat(english.getProperty(CommandKeys.optionName(spec, option)))
                    .as("English name of option %s of /%s", option.name(), spec.name())
                    .isEqualTo(option.name());
        }
        for (String language : List.of("", "_" + LANGUAGES.getFirst())) {
            Properties texts = language.isEmpty() ? english : read(anchor, language);
            for (String key : CommandKeys.all(spec)) {
                String text = texts.getProperty(key);
                assertThat(text)
                        .as("%s in messages%s.properties of %s", key, language, anchor.getPackageName())
                        .isNotBlank();
                if (key.endsWith(".name") && !key.contains(".choice.")) {
                    assertThat(text).as("%s%s", key, language).matches(DISCORD_NAME);
                    assertThat(text).as("%s%s is lower case", key, language).isEqualTo(text.toLowerCase(Locale.ROOT));
                } else {
                    assertThat(text.length())
                            .as("length of %s%s", key, language)
                            .isLessThanOrEqualTo(100);
                }
            }
        }
    }

    private static void assertPattern(Class<?> anchor, String language, String key, String pattern) {
        String where = key + " in " + anchor.getPackageName() + " (" + language + ")";
        assertThat(LONE_QUOTE.matcher(pattern).find())
                .as("%s has a lone single quote; write it twice: %s", where, pattern)
                .isFalse();
        assertThatCode(() -> {
                    MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
                    for (Format part : format.getFormats()) {
                        if (part instanceof ChoiceFormat choice) {
                            for (Object nested : choice.getFormats()) {
                                new MessageFormat(String.valueOf(nested), Locale.ROOT);
                            }
                        }
                    }
                })
                .as("%s must be a MessageFormat pattern: %s", where, pattern)
                .doesNotThrowAnyException();
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        ARGUMENT.matcher(pattern).results().forEach(m -> indexes.add(Integer.parseInt(m.group(1))));
        return indexes;
    }

    private static Properties read(Class<?> anchor, String suffix) {
        String name = "/" + anchor.getPackageName().replace('.', '/') + "/messages" + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertThat(in).as("bundle file %s", name).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
        return properties;
    }
}
