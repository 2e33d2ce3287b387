package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.Reply;
import java.time.Duration;
import java.util.Locale;
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
        String text = LiveView.at(SONG, 3, Locale.ROOT).embeds().getFirst().description();

        assertThat(text).isEqualTo("two\n" + Messages.text(Locale.ROOT, "gap") + "\n▶ **four**\nfive\nsix\nseven");
    }

    @Test
    void beforeTheFirstLineTheFirstLinesShowWithoutHighlight() {
        String text = LiveView.at(SONG, -1, Locale.ROOT).embeds().getFirst().description();

        assertThat(text).startsWith("one\ntwo").doesNotContain("**");
    }

    @Test
    void theCardIsInTheReadersLanguage() {
        Reply vietnamese = LiveView.ended(SONG, Locale.forLanguageTag("vi"));

        assertThat(vietnamese.embeds().getFirst().description()).isEqualTo("Bài hát đã hết; lời trực tiếp đã dừng.");
        assertThat(vietnamese.embeds().getFirst().footer()).isEqualTo("Chạy theo nhạc · LRCLIB");
        assertThat(LiveView.ended(SONG, Locale.ROOT).embeds().getFirst().footer())
                .isEqualTo("Follows playback · LRCLIB");
    }
}
