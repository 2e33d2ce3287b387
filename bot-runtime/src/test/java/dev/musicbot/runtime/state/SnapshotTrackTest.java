package dev.musicbot.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTrackTest {

    @Test
    void engineTrackFlattensAndComesBack() {
        SnapshotTrack snapshot = SnapshotTrack.from(StateFixtures.engineTrack());
        assertThat(snapshot.engineIdentifier()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(snapshot.deferredCandidates()).isEmpty();
        assertThat(snapshot.lengthMillis()).isEqualTo(213_000);
        assertThat(snapshot.requesterId()).isEqualTo(333_333_333_333_333_333L);
        assertThat(snapshot.toQueuedTrack()).isEqualTo(StateFixtures.engineTrack());
    }

    @Test
    void deferredTrackFlattensAndComesBack() {
        SnapshotTrack snapshot = SnapshotTrack.from(StateFixtures.deferredTrack());
        assertThat(snapshot.engineIdentifier()).isNull();
        assertThat(snapshot.deferredCandidates())
                .containsExactly("ytsearch:\"USUG11904206\"", "ytsearch:Blinding Lights The Weeknd");
        assertThat(snapshot.toQueuedTrack()).isEqualTo(StateFixtures.deferredTrack());
    }

    @Test
    void streamKeepsItsZeroLength() {
        assertThat(SnapshotTrack.from(StateFixtures.streamTrack())
                        .toQueuedTrack()
                        .track()
                        .info()
                        .isStream())
                .isTrue();
    }

    @Test
    void isrcIsNotKept() {
        TrackInfo info = new TrackInfo("Song", "Band", Duration.ofSeconds(3), null, null, "USUG11904206");
        QueuedTrack queued = new QueuedTrack(
                new Track(info, new PlaybackRef.Engine("https://media.lan/song.mp3"), "http"), new UserId(7));
        assertThat(SnapshotTrack.from(queued).toQueuedTrack().track().info().isrc())
                .isNull();
    }

    @Test
    void exactlyOneOfEngineAndDeferredMustBeSet() {
        assertThatThrownBy(() -> track("https://a", List.of("ytsearch:a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> track(null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> track(" ", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWhatTheApiTypesWouldReject() {
        assertThatThrownBy(() -> new SnapshotTrack(" ", "", 0, null, null, "http", "x", List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotTrack("t", "", -1, null, null, "http", "x", List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotTrack("t", "", 0, null, null, "http", "x", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidatesAreCopied() {
        List<String> candidates = new java.util.ArrayList<>(List.of("ytsearch:a"));
        SnapshotTrack snapshot = track(null, candidates);
        candidates.add("ytsearch:b");
        assertThat(snapshot.deferredCandidates()).containsExactly("ytsearch:a");
    }

    private static SnapshotTrack track(@org.jspecify.annotations.Nullable String engine, List<String> candidates) {
        return new SnapshotTrack("t", "", 0, null, null, "src", engine, candidates, 1);
    }
}
