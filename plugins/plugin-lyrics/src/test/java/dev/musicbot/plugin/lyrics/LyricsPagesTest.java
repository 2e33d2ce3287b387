package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LyricsPagesTest {
    private static final String LONG = IntStream.rangeClosed(1, 200)
            .mapToObj(i -> "Line number " + i + " of a long song")
            .collect(Collectors.joining("\n"));

    @Test
    void pagesEndAtLineBreaksAndStayBelowTheLimit() {
        List<String> pages = LyricsPages.split(LONG, LyricsPages.PAGE);

        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length())
                .isLessThanOrEqualTo(LyricsPages.PAGE));
        assertThat(String.join("\n", pages)).isEqualTo(LONG);
        assertThat(LyricsPages.split("x".repeat(5000), 1800))
                .extracting(String::length)
                .containsExactly(1800, 1800, 1400);
    }

    @Test
    void aPageHasButtonsToItsNeighboursAndTheEndsAreDisabled() {
        Lyrics lyrics = new Lyrics(42, "Song", "Artist", Duration.ofMinutes(3), false, LONG, List.of());
        int pages = LyricsPages.split(LONG, LyricsPages.PAGE).size();

        Reply first = LyricsPages.page(lyrics, 0, "", Locale.ROOT);
        assertThat(first.embeds().getFirst().footer())
                .isEqualTo("Page 1/" + pages + " · LRCLIB".replace("LRCLIB", "Lyrics from LRCLIB"));
        assertThat(first.buttons())
                .extracting(Button::action, Button::disabled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("prev:42:0", true),
                        org.assertj.core.groups.Tuple.tuple("next:42:1", false));

        Reply last = LyricsPages.page(lyrics, 99, "", Locale.ROOT);
        assertThat(last.embeds().getFirst().footer()).startsWith("Page " + pages + "/" + pages);
        assertThat(last.buttons()).extracting(Button::disabled).containsExactly(false, true);
    }

    @Test
    void shortLyricsHaveNoButtons() {
        Lyrics lyrics = new Lyrics(1, "Song", "", Duration.ofMinutes(3), false, "la la", List.of());

        Reply reply = LyricsPages.page(lyrics, 0, "", Locale.ROOT);
        assertThat(reply.buttons()).isEmpty();
        assertThat(reply.embeds().getFirst().title()).isEqualTo("Song");
        assertThat(reply.embeds().getFirst().description()).isEqualTo("la la");
    }
}
