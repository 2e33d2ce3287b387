package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {
    private static final SongQuery SONG = new SongQuery("Night Drive", "Loop Artist");

    private static Lyrics lyrics(long id, String title, int seconds, boolean synced) {
        return new Lyrics(
                id,
                title,
                "Loop Artist",
                Duration.ofSeconds(seconds),
                false,
                "words",
                synced ? Lrc.parse("[00:01.00]words") : List.of());
    }

    @Test
    void picksTheClosestLengthWithinAFewSeconds() {
        List<Lyrics> hits = List.of(
                lyrics(1, "Night Drive", 250, true),
                lyrics(2, "Night Drive", 203, false),
                lyrics(3, "Night Drive", 199, true));

        assertThat(Matching.best(hits, SONG, Duration.ofSeconds(200)))
                .map(Lyrics::id)
                .hasValue(3L);
    }

    @Test
    void nothingFitsWhenEveryLengthIsTooFarOff() {
        List<Lyrics> hits = List.of(lyrics(1, "Night Drive", 210, true), lyrics(2, "Night Drive", 190, true));

        assertThat(Matching.best(hits, SONG, Duration.ofSeconds(200))).isEmpty();
    }

    @Test
    void syncedWinsATieAndAnotherTitleNeverFits() {
        List<Lyrics> hits = List.of(
                lyrics(1, "Day Walk", 200, true),
                lyrics(2, "Night Drive", 201, false),
                lyrics(3, "night drive!", 201, true));

        assertThat(Matching.best(hits, SONG, Duration.ofSeconds(200)))
                .map(Lyrics::id)
                .hasValue(3L);
    }

    @Test
    void withoutALengthTheFirstFittingTitleWins() {
        List<Lyrics> hits = List.of(lyrics(1, "Day Walk", 100, true), lyrics(2, "Night Drive (Live)", 300, false));

        assertThat(Matching.best(hits, SONG, Duration.ZERO)).map(Lyrics::id).hasValue(2L);
    }

    @Test
    void recordsWithoutWordsAreSkipped() {
        Lyrics empty = new Lyrics(9, "Night Drive", "x", Duration.ofSeconds(200), false, "", List.of());

        assertThat(Matching.best(List.of(empty), SONG, Duration.ofSeconds(200))).isEmpty();
    }
}
