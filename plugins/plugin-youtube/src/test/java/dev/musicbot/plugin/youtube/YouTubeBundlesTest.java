package dev.musicbot.plugin.youtube;

import dev.musicbot.api.testkit.MessageBundleContract;
import org.junit.jupiter.api.Test;

/** The plugin's texts: every key in every language, with the same placeholders. */
class YouTubeBundlesTest {
    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        MessageBundleContract.assertConsistent(YouTubeResolver.class);
    }
}
