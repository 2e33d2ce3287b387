package dev.musicbot.runtime.command;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the player controls reply, change and refuse: /pause, /resume, /volume, /repeat, /seek, /skip, /previous, /247. */
class PlayerControlCommandsTest {
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    private FakeGuildPlayback playingThree() {
        return playback.playing(VOICE, ALICE, track("one", 180), track("two", 200), track("three", 220));
    }

    @Test
    void everyControlNeedsTheBotInVoiceWithTheCallerAndTheStrongOnesADj() {
        assertThat(new PauseCommand().spec().preconditions())
                .containsExactlyInAnyOrder(Precondition.BOT_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);
        assertThat(new VolumeCommand().spec().preconditions()).contains(Precondition.DJ);
        assertThat(new SkipCommand(0.5).spec().preconditions()).doesNotContain(Precondition.DJ);
    }

    @Test
    void pauseAndResumeToggleOnceAndSayWhenThereIsNothingToDo() {
        playingThree();
        assertThat(new PauseCommand().handle(ctx()).content()).isEqualTo("Paused.");
        assertThat(playback.isPaused()).isTrue();
        Reply again = new PauseCommand().handle(ctx());
        assertThat(again.ephemeral()).isTrue();
        assertThat(again.content()).contains("Already paused");
        assertThat(new ResumeCommand().handle(ctx()).content()).isEqualTo("Resumed.");
        assertThat(playback.isPaused()).isFalse();
        assertThat(new ResumeCommand().handle(ctx()).ephemeral()).isTrue();
    }

    @Test
    void pauseWithNothingPlayingIsAPoliteRefusal() {
        assertThatThrownBy(() -> new PauseCommand().handle(ctx()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Nothing is playing.");
    }

    @Test
    void volumeAcceptsZeroToHundredAndRefusesTheRestUnchanged() {
        assertThat(new VolumeCommand().handle(ctx().option("level", 0)).content())
                .isEqualTo("Volume set to 0%.");
        assertThat(new VolumeCommand().handle(ctx().option("level", 100)).content())
                .isEqualTo("Volume set to 100%.");
        for (long bad : new long[] {-1, 101, 4294967297L}) {
            Reply refused = new VolumeCommand().handle(ctx().option("level", bad));
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.content()).isEqualTo("Volume goes from 0 to 100.");
        }
        assertThat(playback.volume()).isEqualTo(100);
    }

    @Test
    void repeatTakesItsThreeModesAndTheOriginalsSongAlias() {
        assertThat(new RepeatCommand().handle(ctx().option("mode", "track")).content())
                .isEqualTo("Repeat: this track.");
        assertThat(playback.repeat()).isEqualTo(RepeatMode.TRACK);
        new RepeatCommand().handle(ctx().option("mode", "Queue"));
        assertThat(playback.repeat()).isEqualTo(RepeatMode.QUEUE);
        new RepeatCommand().handle(ctx().option("mode", "song"));
        assertThat(playback.repeat()).isEqualTo(RepeatMode.TRACK);
        Reply refused = new RepeatCommand().handle(ctx().option("mode", "forever"));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(playback.repeat()).isEqualTo(RepeatMode.TRACK);
    }

    @Test
    void seekUnderstandsSecondsAndClockTimesAndRefusesNonsense() {
        playingThree();
        assertThat(new SeekCommand().handle(ctx().option("time", "90")).content())
                .isEqualTo("Jumped to 1:30.");
        assertThat(playback.position()).isEqualTo(Duration.ofSeconds(90));
        new SeekCommand().handle(ctx().option("time", "2:05"));
        assertThat(playback.position()).isEqualTo(Duration.ofSeconds(125));
        for (String bad : new String[] {"soon", "1:75", "-5", ""}) {
            assertThat(new SeekCommand().handle(ctx().option("time", bad)).ephemeral())
                    .as(bad)
                    .isTrue();
        }
        assertThat(playback.position()).isEqualTo(Duration.ofSeconds(125));
    }

    @Test
    void theRequesterSkipsAtOnceAndOthersVoteUntilEnoughListenersAgree() {
        playingThree();
        SkipCommand skip = new SkipCommand(0.5);
        assertThat(skip.handle(ctx().caller(BOB).listeners(4)).content()).isEqualTo("Vote to skip: 1/2.");
        assertThat(skip.handle(ctx().caller(BOB).listeners(4)).content()).contains("already voted");
        assertThat(playback.current()).map(q -> q.track().info().title()).contains("one");
        FakeCommandContext carol =
                ctx().caller(new dev.musicbot.api.UserId(300000000000000003L)).listeners(4);
        assertThat(skip.handle(carol).content()).startsWith("Skipped. Now playing: **two**");
        assertThat(skip.handle(ctx()).content()).startsWith("Skipped. Now playing: **three**");
    }

    @Test
    void votesForOneSongDoNotCarryOverToTheNext() {
        playingThree();
        SkipCommand skip = new SkipCommand(0.5);
        skip.handle(ctx().caller(BOB).listeners(4));
        playback.skip();
        assertThat(skip.handle(ctx().caller(BOB).listeners(4)).content()).isEqualTo("Vote to skip: 1/2.");
    }

    @Test
    void skippingAheadIsForDjsAndNeedsAnExistingPosition() {
        playingThree();
        assertThat(new SkipCommand(0.5).handle(ctx().option("to", 2)).content()).contains("Only a DJ");
        assertThat(new SkipCommand(0.5).handle(ctx().dj(true).option("to", 5)).content())
                .isEqualTo("There is no track at position 5.");
        assertThat(new SkipCommand(0.5).handle(ctx().dj(true).option("to", 2)).content())
                .startsWith("Skipped to **three**");
    }

    @Test
    void previousGoesBackAndSaysWhenThereIsNoHistory() {
        playingThree();
        assertThat(new PreviousCommand().handle(ctx()).content()).isEqualTo("Nothing has played before this.");
        playback.skip();
        assertThat(new PreviousCommand().handle(ctx()).content()).startsWith("Back to **one**");
        assertThat(playback.queue()).extracting(q -> q.track().info().title()).startsWith("two");
    }

    @Test
    void twentyFourSevenToggles() {
        assertThat(new TwentyFourSevenCommand().handle(ctx()).content()).startsWith("24/7 mode is on");
        assertThat(playback.stayConnected()).isTrue();
        assertThat(new TwentyFourSevenCommand().handle(ctx()).content()).startsWith("24/7 mode is off");
        assertThat(playback.stayConnected()).isFalse();
    }

    @Test
    void theRequesterOwnsATrackAndADjOwnsEvery() {
        QueuedTrack bobs = new QueuedTrack(track("x", 1), BOB);
        assertThat(Controls.owns(ctx(), bobs)).isFalse();
        assertThat(Controls.owns(ctx().caller(BOB), bobs)).isTrue();
        assertThat(Controls.owns(ctx().dj(true), bobs)).isTrue();
    }
}
