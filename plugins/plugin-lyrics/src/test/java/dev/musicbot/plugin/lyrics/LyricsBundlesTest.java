package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.testkit.MessageBundleContract;
import org.junit.jupiter.api.Test;

/** The plugin's texts: every key in every language, with the same placeholders. */
class LyricsBundlesTest {
    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        MessageBundleContract.assertConsistent(Messages.class);
    }
}
