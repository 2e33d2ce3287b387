package dev.musicbot.api.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.MessageBundleContract;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The refusals of a player that lacks a feature, in the reader's language. */
class GuildPlaybackTextsTest {
    private final GuildPlayback playback = FakeGuildPlayback.basic(new GuildId(400000000000000001L));

    @Test
    void everyRefusalInEveryLanguage() {
        MessageBundleContract.assertConsistent(GuildPlayback.class);
    }

    @Test
    void aMissingFeatureIsRefusedInTheReadersLanguage() {
        UserFacingException refused = catchThrowableOfType(UserFacingException.class, () -> playback.setAutoplay(true));

        assertThat(refused).hasMessage("Autoplay is not available here.");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("Autoplay is not available here.");
        assertThat(refused.message(Locale.of("vi"))).isEqualTo("Ở đây không dùng được tự phát.");
    }
}
