package dev.musicbot.plugin.playlists;

import dev.musicbot.api.testkit.MessageBundleContract;
import org.junit.jupiter.api.Test;

/** The plugin's texts: every key in every language, with the same placeholders. */
class PlaylistsBundlesTest {
    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        MessageBundleContract.assertConsistent(Text.class);
    }
}
