package dev.musicbot.plugin.soundcloud;

import dev.musicbot.api.testkit.MessageBundleContract;
import org.junit.jupiter.api.Test;

/** The plugin's texts: every key in every language, with the same placeholders. */
class SoundCloudBundlesTest {
    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        MessageBundleContract.assertConsistent(SoundCloudResolver.class);
    }
}
