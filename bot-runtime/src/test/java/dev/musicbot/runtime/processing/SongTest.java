package dev.musicbot.runtime.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserId;
import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.LoadState;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SongTest {
    private final List<String> heard = new ArrayList<>();

    private Song song() {
        return new Song(new LoadRequest(
                new TrackQuery("src:x"), LoadPriority.HIGH, new UserId(7), (s, a) -> heard.add(s + "#" + a)));
    }

    @Test
    void aSongGoesFromPendingThroughProcessingToReadyWithItsMetadata() {
        Song song = song();
        assertThat(song.state()).isEqualTo(LoadState.PENDING);

        song.beginAttempt();
        song.chooseSource("src");
        song.finish(new ResolveResult.Single(ScriptedResolver.track("Title")));

        assertThat(song.state()).isEqualTo(LoadState.READY);
        assertThat(song.sourceId()).contains("src");
        assertThat(song.metadata().orElseThrow().title()).isEqualTo("Title");
        assertThat(song.locator()).isPresent();
        assertThat(song.requester()).contains(new UserId(7));
        assertThat(heard).containsExactly("PROCESSING#1", "READY#1");
    }

    @Test
    void aSongWithoutTracksEndsFailedWithoutMetadata() {
        Song song = song();
        song.beginAttempt();
        song.finish(new ResolveResult.NoMatch("none"));

        assertThat(song.state()).isEqualTo(LoadState.FAILED);
        assertThat(song.metadata()).isEmpty();
    }

    @Test
    void illegalTransitionsAreRefused() {
        Song song = song();

        assertThatThrownBy(() -> song.finish(new ResolveResult.NoMatch("none")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(song::retry).isInstanceOf(IllegalStateException.class);
        song.beginAttempt();
        assertThatThrownBy(song::beginAttempt).isInstanceOf(IllegalStateException.class);
    }
}
