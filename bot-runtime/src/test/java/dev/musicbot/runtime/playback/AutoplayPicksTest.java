package dev.musicbot.runtime.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AutoplayPicksTest {
    private static final UserId ALICE = new UserId(42);

    private static Track track(String name) {
        return new Track(
                new TrackInfo(name, "", Duration.ofSeconds(60), "https://www.youtube.com/watch?v=" + name, null, null),
                new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=" + name),
                "youtube");
    }

    private static List<QueuedTrack> played(String... names) {
        return Stream.of(names).map(n -> new QueuedTrack(track(n), ALICE)).toList();
    }

    private static List<String> titles(List<Track> tracks) {
        return tracks.stream().map(t -> t.info().title()).toList();
    }

    @Test
    void theSameSongIsTheSamePageWhateverItsTitle() {
        Track renamed = new Track(
                new TrackInfo("Other title", "", Duration.ZERO, "https://www.youtube.com/watch?v=a", null, null),
                new PlaybackRef.Engine("somewhere-else"),
                "youtube");
        assertThat(AutoplayPicks.key(renamed)).isEqualTo(AutoplayPicks.key(track("a")));
        Track noPage = new Track(TrackInfo.of("x", Duration.ZERO), new PlaybackRef.Engine("https://h/x.mp3"), "http");
        assertThat(AutoplayPicks.key(noPage)).isEqualTo("https://h/x.mp3");
    }

    @Test
    void suggestionsLeaveOutTheLastPlayedAndRepeatsAndStopAtTheLimit() {
        List<QueuedTrack> history = played("old", "a", "b", "c");
        List<Track> suggested = List.of(track("c"), track("old"), track("b"), track("d"), track("d"), track("e"));

        assertThat(titles(AutoplayPicks.fresh(suggested, AutoplayPicks.recentKeys(history, 2), 5)))
                .containsExactly("old", "d", "e");
        assertThat(titles(AutoplayPicks.fresh(suggested, AutoplayPicks.recentKeys(history, 4), 1)))
                .containsExactly("d");
    }

    @Test
    void theSongThatJustEndedIsRecentEvenWithNoRecentWindow() {
        assertThat(titles(AutoplayPicks.fresh(
                        List.of(track("c"), track("b")), AutoplayPicks.recentKeys(played("b", "c"), 0), 3)))
                .containsExactly("b");
    }

    @Test
    void theHistoryFallbackTakesTheLatestSongsBeforeTheRecentOnesOnce() {
        List<QueuedTrack> history = played("a", "b", "a", "c", "d");

        assertThat(titles(AutoplayPicks.fromHistory(history, 2, 3))).containsExactly("a", "b");
        assertThat(AutoplayPicks.fromHistory(history, 5, 3))
                .as("everything played recently")
                .isEmpty();
        assertThat(AutoplayPicks.fromHistory(List.of(), 2, 3)).isEmpty();
    }
}
