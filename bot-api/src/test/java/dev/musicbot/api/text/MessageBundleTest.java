package dev.musicbot.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.testkit.MessageBundleContract;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    private static final MessageBundle BUNDLE = MessageBundle.of(MessageBundleTest.class);
    private static final Locale VI = Locale.of("vi");

    @Test
    void speaksTheReadersLanguageAndEnglishOtherwise() {
        assertThat(BUNDLE.text(VI, "greeting", "Lan")).isEqualTo("Xin chào Lan!");
        assertThat(BUNDLE.text(Locale.forLanguageTag("vi-VN"), "greeting", "Lan"))
                .isEqualTo("Xin chào Lan!");
        assertThat(BUNDLE.text(Locale.ROOT, "greeting", "Ann")).isEqualTo("Hello Ann!");
        assertThat(BUNDLE.text(Locale.US, "greeting", "Ann")).isEqualTo("Hello Ann!");
        assertThat(BUNDLE.text(Locale.FRENCH, "greeting", "Ann")).isEqualTo("Hello Ann!");
    }

    @Test
    void englishFallbackDoesNotDependOnTheJvmsLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(VI);
        try {
            assertThat(BUNDLE.text(Locale.FRENCH, "greeting", "Ann")).isEqualTo("Hello Ann!");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKeyMissingInATranslationFallsBackToEnglish() {
        assertThat(BUNDLE.text(VI, "only-english")).isEqualTo("Only in English");
        assertThat(BUNDLE.pattern(VI, "only-english")).contains("Only in English");
        assertThat(BUNDLE.pattern(Locale.FRENCH, "greeting")).isEmpty();
        assertThatThrownBy(() -> BUNDLE.text(VI, "nowhere")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void plainPlaceholdersShowNumbersUngroupedAndChoicesPickThePlural() {
        assertThat(BUNDLE.text(Locale.ROOT, "count", 12345L)).isEqualTo("12345 tracks");
        assertThat(BUNDLE.text(Locale.ROOT, "plural", 1)).isEqualTo("1 track");
        assertThat(BUNDLE.text(Locale.ROOT, "plural", 0)).isEqualTo("0 tracks");
        assertThat(BUNDLE.text(Locale.ROOT, "plural", 2500)).isEqualTo("2500 tracks");
        assertThat(BUNDLE.text(Locale.ROOT, "apostrophe")).isEqualTo("I don't know");
    }

    @Test
    void nestedTextsAndExceptionsResolveForTheReader() {
        Text reason = BUNDLE.key("reason");
        assertThat(BUNDLE.text(VI, "left", reason)).isEqualTo("Mình rời đi vì không còn ai.");
        UserFacingException error = new UserFacingException(BUNDLE.key("greeting", "Ann"), Severity.COMMON);
        assertThat(error.getMessage()).isEqualTo("Hello Ann!");
        assertThat(error.message(VI)).isEqualTo("Xin chào Ann!");
        assertThat(new UserFacingException("plain", Severity.COMMON).message(VI))
                .isEqualTo("plain");
        assertThat(new ResolveResult.NoMatch(BUNDLE.key("reason")).reason(VI)).isEqualTo("không còn ai");
        assertThat(new ResolveResult.NoMatch(BUNDLE.key("reason")).reason()).isEqualTo("nobody is left");
    }

    @Test
    void theTestBundlesAndTheApiBundleAreConsistent() {
        MessageBundleContract.assertConsistent(dev.musicbot.api.command.CommandHandler.class);
    }
}
