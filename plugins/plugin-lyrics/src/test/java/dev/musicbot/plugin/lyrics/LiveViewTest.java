package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveViewTest {
    private static final Lyrics SONG = new Lyrics(
            1,
            "Song",
            "Artist",
            Duration.ofMinutes(1),
            false,
            "",
            Lrc.parse("[00:01]one\n[00:02]two\n[00:03]\n[00:04]four\n[00:05]five\n[00:06]six\n[00:07]seven"));

    @Test
    void theLineSungIsBoldWithContextAround() {
        String text = LiveView.at(SONG, 3).embeds().getFirst().description();

        assertThat(text).isEqualTo("two\n" + Messages.GAP + "\n▶ **four**\nfive\nsix\nseven");
    }

    @Test
    void beforeTheFirstLineTheFirstLinesShowWithoutHighlight() {
        String text = LiveView.at(SONG, -1).embeds().getFirst().description();

        assertThat(text).startsWith("one\ntwo").doesNotContain("**");
    }
}
