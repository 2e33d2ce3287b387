package dev.musicbot.plugin.spotify;

import dev.musicbot.api.testkit.MessageBundleContract;
import org.junit.jupiter.api.Test;

/** The plugin's texts: every key in every language, with the same placeholders. */
class SpotifyBundlesTest {
    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        MessageBundleContract.assertConsistent(Messages.class);
    }
}
