package dev.musicbot.api.testkit;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fake player keeps the documented queue semantics and records exactly the changes asked of it. */
class FakeGuildPlaybackTest {
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);

    @Test
    void scriptingSetsTheSceneWithoutBeingRecorded() {
        playback.playing(VOICE, ALICE, track("one", 60), track("two", 60))
                .queued(BOB, track("three", 60))
                .played(ALICE, track("zero", 60))
                .at(Duration.ofSeconds(30))
                .paused(true);
        assertThat(playback.voiceChannel()).contains(VOICE);
        assertThat(playback.currentTitle()).contains("one");
        assertThat(playback.queuedTitles()).containsExactly("two", "three");
        assertThat(playback.queue().get(1).requester()).isEqualTo(BOB);
        assertThat(playback.history()).extracting(q -> q.track().info().title()).containsExactly("zero");
        assertThat(playback.position()).isEqualTo(Duration.ofSeconds(30));
        assertThat(playback.isPaused()).isTrue();
        assertThat(playback.calls()).isEmpty();
    }

    @Test
    void enqueueStartsWhenIdleAndOtherwiseAnswersTheQueuePosition() {
        assertThat(playback.enqueue(track("one", 60), ALICE)).isZero();
        assertThat(playback.enqueue(track("two", 60), ALICE)).isEqualTo(1);
        assertThat(playback.enqueueAt(track("first", 60), BOB, 1)).isEqualTo(1);
        assertThat(playback.enqueueAt(track("last", 60), BOB, 99)).isEqualTo(3);
        assertThat(playback.queuedTitles()).containsExactly("first", "two", "last");
        assertThat(playback.asked())
                .containsExactly(
                        "enqueue(one, alice)",
                        "enqueue(two, alice)",
                        "enqueueAt(first, bob, 1)",
                        "enqueueAt(last, bob, 99)");
    }

    @Test
    void skipPreviousAndSkipToMoveTracksBetweenHistoryCurrentAndQueue() {
        playback.playing(VOICE, ALICE, track("a", 60), track("b", 60), track("c", 60), track("d", 60));
        assertThat(playback.skip()).map(q -> q.track().info().title()).contains("b");
        assertThat(playback.skipTo(2)).map(q -> q.track().info().title()).contains("d");
        assertThat(playback.history()).extracting(q -> q.track().info().title()).containsExactly("a", "b", "c");
        assertThat(playback.skipTo(1)).isEmpty();
        assertThat(playback.previous()).map(q -> q.track().info().title()).contains("c");
        assertThat(playback.queuedTitles()).containsExactly("d");
        assertThat(playback.skip()).map(q -> q.track().info().title()).contains("d");
        assertThat(playback.skip()).isEmpty();
        assertThat(playback.asked())
                .containsExactly("skip()", "skipTo(2)", "skipTo(1)", "previous()", "skip()", "skip()");
    }

    @Test
    void removeMoveAndClearAnswerWhatTheyDid() {
        playback.playing(VOICE, ALICE, track("now", 60), track("a", 60), track("b", 60), track("c", 60));
        assertThat(playback.remove(4)).isEmpty();
        assertThat(playback.remove(1))
                .map(QueuedTrack::track)
                .map(t -> t.info().title())
                .contains("a");
        assertThat(playback.move(2, 1)).isTrue();
        assertThat(playback.move(0, 1)).isFalse();
        assertThat(playback.queuedTitles()).containsExactly("c", "b");
        assertThat(playback.clear()).isEqualTo(2);
        assertThat(playback.currentTitle()).contains("now");
    }

    @Test
    void stopClearsAndStaysLeaveClearsAndGoes() {
        playback.playing(VOICE, ALICE, track("now", 60), track("a", 60)).paused(true);
        playback.stop();
        assertThat(playback.current()).isEmpty();
        assertThat(playback.queue()).isEmpty();
        assertThat(playback.isPaused()).isFalse();
        assertThat(playback.voiceChannel()).contains(VOICE);
        playback.leave();
        assertThat(playback.voiceChannel()).isEmpty();
        assertThat(playback.asked()).containsExactly("stop()", "leave()");
    }

    @Test
    void settingsAreKeptAndRecorded() {
        playback.setVolume(40);
        playback.setRepeat(RepeatMode.QUEUE);
        playback.setStayConnected(true);
        playback.setNormalizing(true);
        playback.setAutoplay(true);
        AudioFilters boosted = AudioFilters.NONE.withPreset(FilterPreset.BASS_BOOST, 2);
        playback.setFilters(boosted);
        assertThat(playback.volume()).isEqualTo(40);
        assertThat(playback.repeat()).isEqualTo(RepeatMode.QUEUE);
        assertThat(playback.stayConnected()).isTrue();
        assertThat(playback.normalizing()).isTrue();
        assertThat(playback.autoplay()).isTrue();
        assertThat(playback.filters()).isEqualTo(boosted);
        assertThat(playback.calls().getLast()).isEqualTo(PlaybackCall.of("setFilters", boosted));
        assertThat(playback.asked()).startsWith("setVolume(40)", "setRepeat(QUEUE)", "setStayConnected(true)");
    }

    @Test
    void seekRefusesAsTheRealPlayerDoes() {
        assertThatThrownBy(() -> playback.seek(Duration.ofSeconds(1))).isInstanceOf(UserFacingException.class);
        playback.playing(VOICE, ALICE, track("song", 60));
        assertThatThrownBy(() -> playback.seek(Duration.ofSeconds(60))).isInstanceOf(UserFacingException.class);
        playback.seek(Duration.ofSeconds(59));
        assertThat(playback.position()).isEqualTo(Duration.ofSeconds(59));
        playback.stop();
        playback.playing(VOICE, ALICE, track("radio", 0));
        assertThatThrownBy(() -> playback.seek(Duration.ofSeconds(1))).hasMessageContaining("live stream");
    }

    @Test
    void scriptedRefusalsAreThrownAfterTheCallIsRecorded() {
        UserFacingException noRight = new UserFacingException("I may not join that channel.", Severity.COMMON);
        playback.refuse("join", noRight);
        assertThatThrownBy(() -> playback.join(VOICE)).isSameAs(noRight);
        assertThat(playback.voiceChannel()).isEmpty();
        assertThat(playback.asked()).containsExactly("join(" + VOICE + ")");
    }

    @Test
    void aFullQueueRefusesMoreButStillStartsAnIdlePlayer() {
        playback.queueLimit(1);
        playback.enqueue(track("now", 60), ALICE);
        playback.enqueue(track("next", 60), ALICE);
        assertThatThrownBy(() -> playback.enqueue(track("more", 60), ALICE)).hasMessage("The queue is full.");
        assertThatThrownBy(() -> playback.enqueueAt(track("more", 60), ALICE, 1))
                .hasMessage("The queue is full.");
        assertThat(playback.queuedTitles()).containsExactly("next");
    }

    @Test
    void aBasicPlayerRefusesTheOptionalFeaturesAsTheInterfaceDoes() {
        FakeGuildPlayback bare = FakeGuildPlayback.basic(GUILD);
        bare.playing(VOICE, ALICE, track("now", 60));
        assertThatThrownBy(() -> bare.setFilters(AudioFilters.of(FilterPreset.KARAOKE)))
                .hasMessage("Filters are not available here.");
        assertThatThrownBy(() -> bare.setAutoplay(true)).hasMessage("Autoplay is not available here.");
        assertThatThrownBy(() -> bare.setNormalizing(true)).hasMessage("Loudness normalisation is not available here.");
        assertThatThrownBy(() -> bare.enqueueAt(track("x", 60), ALICE, 1))
                .hasMessage("Queueing at a position is not available here.");
        assertThat(bare.filters()).isEqualTo(AudioFilters.NONE);
        assertThat(bare.segmentSkipping().active()).isFalse();
        assertThat(bare.asked()).hasSize(4);
    }
}
