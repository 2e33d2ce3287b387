package dev.musicbot.runtime.command;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.UserId;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.testkit.CommandRunner;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.Outcome;
import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.api.track.Track;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the player controls reply, change and refuse: /pause, /resume, /volume, /repeat, /seek, /skip, /previous,
 * /247, /autoplay, /normalize.
 */
class PlayerControlCommandsTest {
    private static final ChannelId ELSEWHERE = new ChannelId(500000000000000009L);
    private static final UserId CAROL = new UserId(300000000000000003L);
    private static final MessageBundle API_TEXTS = MessageBundle.of(GuildPlayback.class);
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private final Track one = track("one", 180);
    private final Track two = track("two", 200);
    private final Track three = track("three", 220);

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    private void playingThree() {
        playback.playing(VOICE, ALICE, one, two, three);
    }

    @Test
    void theControlsNeedTheBotInVoiceWithTheCallerAndTheStrongOnesADj() {
        assertThat(new PauseCommand().spec().preconditions())
                .containsExactlyInAnyOrder(Precondition.BOT_IN_VOICE, Precondition.SAME_VOICE_CHANNEL);
        assertThat(new VolumeCommand().spec().preconditions()).contains(Precondition.DJ);
        assertThat(new SkipCommand(0.5).spec().preconditions()).doesNotContain(Precondition.DJ);
        assertThat(new TwentyFourSevenCommand().spec().preconditions()).containsExactly(Precondition.DJ);
        assertThat(new AutoplayCommand().spec().preconditions()).containsExactly(Precondition.DJ);
        assertThat(new NormalizeCommand().spec().preconditions()).contains(Precondition.DJ);
    }

    @Test
    void aControlFromOutsideTheBotsChannelIsRefusedBeforeItChangesAnything() {
        playingThree();
        CommandRunner pause = CommandRunner.of(new PauseCommand());
        assertThat(pause.run(ctx().inVoice(Optional.of(ELSEWHERE))).refusal())
                .contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(pause.run(ctx().inVoice(Optional.empty())).refusal()).contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(CommandRunner.of(new VolumeCommand())
                        .run(ctx().option("level", 5))
                        .refusal())
                .contains(Precondition.DJ);
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void pauseAndResumeToggleOnceAndSayWhenThereIsNothingToDo() {
        playingThree();
        CommandRunner pause = CommandRunner.of(new PauseCommand());
        CommandRunner resume = CommandRunner.of(new ResumeCommand());
        assertThat(pause.run(ctx()).text()).isEqualTo(pause.english("pause.done"));
        assertThat(playback.isPaused()).isTrue();
        Outcome again = pause.run(ctx());
        assertThat(again.ephemeral()).isTrue();
        assertThat(again.text()).isEqualTo(pause.english("pause.already"));
        assertThat(resume.run(ctx()).text()).isEqualTo(resume.english("resume.done"));
        assertThat(playback.isPaused()).isFalse();
        Outcome notPaused = resume.run(ctx());
        assertThat(notPaused.ephemeral()).isTrue();
        assertThat(notPaused.text()).isEqualTo(resume.english("resume.not-paused"));
        assertThat(playback.asked()).containsExactly("setPaused(true)", "setPaused(false)");
    }

    @Test
    void pauseAndResumeWithNothingPlayingAreAPoliteRefusal() {
        playback.connectedTo(VOICE);
        for (CommandRunner control :
                new CommandRunner[] {CommandRunner.of(new PauseCommand()), CommandRunner.of(new ResumeCommand())}) {
            Outcome outcome = control.run(ctx());
            assertThat(outcome.ephemeral()).isTrue();
            assertThat(outcome.text()).isEqualTo(control.english("playing.nothing"));
        }
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void volumeAcceptsZeroToHundredAndRefusesTheRestUnchanged() {
        playingThree();
        CommandRunner volume = CommandRunner.of(new VolumeCommand());
        assertThat(volume.run(ctx().dj(true).option("level", 0)).text()).isEqualTo(volume.english("volume.done", 0));
        assertThat(volume.run(ctx().dj(true).option("level", 100)).text())
                .isEqualTo(volume.english("volume.done", 100));
        for (long bad : new long[] {-1, 101, 4294967297L}) {
            Outcome refused = volume.run(ctx().dj(true).option("level", bad));
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.text()).isEqualTo(volume.english("volume.range"));
        }
        assertThat(volume.run(ctx().dj(true)).text()).isEqualTo(volume.english("volume.range"));
        assertThat(playback.asked()).containsExactly("setVolume(0)", "setVolume(100)");
        assertThat(playback.volume()).isEqualTo(100);
    }

    @Test
    void repeatTakesItsThreeModesAndTheOriginalsSongAlias() {
        playingThree();
        CommandRunner repeat = CommandRunner.of(new RepeatCommand());
        assertThat(repeat.run(ctx().option("mode", "track")).text())
                .isEqualTo(repeat.english("repeat.done", repeat.english("repeat.label.track")));
        assertThat(repeat.run(ctx().option("mode", "Queue")).text())
                .isEqualTo(repeat.english("repeat.done", repeat.english("repeat.label.queue")));
        repeat.run(ctx().option("mode", "song"));
        repeat.run(ctx().option("mode", "off"));
        Outcome refused = repeat.run(ctx().option("mode", "forever"));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).isEqualTo(repeat.english("repeat.usage"));
        assertThat(playback.asked())
                .containsExactly("setRepeat(TRACK)", "setRepeat(QUEUE)", "setRepeat(TRACK)", "setRepeat(OFF)");
    }

    @Test
    void seekUnderstandsSecondsAndClockTimesAndRefusesNonsense() {
        playingThree();
        CommandRunner seek = CommandRunner.of(new SeekCommand());
        assertThat(seek.run(ctx().option("time", "90")).text()).isEqualTo(seek.english("seek.done", "1:30"));
        assertThat(seek.run(ctx().option("time", "2:05")).text()).isEqualTo(seek.english("seek.done", "2:05"));
        assertThat(playback.position()).isEqualTo(Duration.ofSeconds(125));
        for (String bad : new String[] {"soon", "1:75", "-5", "", "1:2:3:4"}) {
            Outcome refused = seek.run(ctx().option("time", bad));
            assertThat(refused.ephemeral()).as(bad).isTrue();
            assertThat(refused.text()).as(bad).isEqualTo(seek.english("seek.usage"));
        }
        assertThat(playback.asked()).containsExactly("seek(90s)", "seek(125s)");
    }

    @Test
    void seekPastTheEndIsThePlayersPoliteRefusalAndNothingPlayingIsTheCommands() {
        playingThree();
        CommandRunner seek = CommandRunner.of(new SeekCommand());
        Outcome past = seek.run(ctx().option("time", "1:00:00"));
        assertThat(past.ephemeral()).isTrue();
        assertThat(past.error()).isPresent();
        assertThat(playback.position()).isZero();
        playback.stop();
        Outcome idle = seek.run(ctx().option("time", "10"));
        assertThat(idle.text()).isEqualTo(seek.english("playing.nothing"));
        assertThat(playback.asked()).containsExactly("seek(3600s)", "stop()");
    }

    @Test
    void theRequesterSkipsAtOnce() {
        playingThree();
        CommandRunner skip = CommandRunner.of(new SkipCommand(0.5));
        Outcome outcome = skip.run(ctx().listeners(4));
        assertThat(outcome.ephemeral()).isFalse();
        assertThat(outcome.text()).isEqualTo(skip.english("skip.next", Format.title(two)));
        assertThat(playback.asked()).containsExactly("skip()");
    }

    @Test
    void othersVoteUntilEnoughListenersAgreeAndVoteOnlyOnce() {
        playingThree();
        CommandRunner skip = CommandRunner.of(new SkipCommand(0.5));
        assertThat(skip.run(ctx().caller(BOB).listeners(4)).text()).isEqualTo(skip.english("skip.vote", 1, 2));
        Outcome twice = skip.run(ctx().caller(BOB).listeners(4));
        assertThat(twice.ephemeral()).isTrue();
        assertThat(twice.text()).isEqualTo(skip.english("skip.voted"));
        assertThat(playback.asked()).isEmpty();
        assertThat(skip.run(ctx().caller(CAROL).listeners(4)).text())
                .isEqualTo(skip.english("skip.next", Format.title(two)));
        assertThat(playback.asked()).containsExactly("skip()");
    }

    @Test
    void aDjSkipsAnyonesTrackAtOnceAndTheLastSkipSaysTheQueueIsEmpty() {
        playback.playing(VOICE, BOB, one);
        CommandRunner skip = CommandRunner.of(new SkipCommand(0.5));
        assertThat(skip.run(ctx().dj(true).listeners(4)).text()).isEqualTo(skip.english("skip.empty"));
        assertThat(playback.current()).isEmpty();
    }

    @Test
    void votesForOneSongDoNotCarryOverToTheNext() {
        playingThree();
        CommandRunner skip = CommandRunner.of(new SkipCommand(0.5));
        skip.run(ctx().caller(BOB).listeners(4));
        playback.skip();
        assertThat(skip.run(ctx().caller(BOB).listeners(4)).text()).isEqualTo(skip.english("skip.vote", 1, 2));
    }

    @Test
    void theVoteRatioDecidesHowManyVotesAreNeeded() {
        playingThree();
        CommandRunner unanimous = CommandRunner.of(new SkipCommand(1.0));
        assertThat(unanimous.run(ctx().caller(BOB).listeners(3)).text())
                .isEqualTo(unanimous.english("skip.vote", 1, 3));
    }

    @Test
    void skippingAheadIsForDjsAndNeedsAnExistingPosition() {
        playingThree();
        CommandRunner skip = CommandRunner.of(new SkipCommand(0.5));
        assertThat(skip.run(ctx().option("to", 2)).text()).isEqualTo(skip.english("skip.dj-only"));
        assertThat(playback.asked()).isEmpty();
        assertThat(skip.run(ctx().dj(true).option("to", 5)).text()).isEqualTo(skip.english("skip.no-position", 5));
        assertThat(skip.run(ctx().dj(true).option("to", 2)).text())
                .isEqualTo(skip.english("skip.to", Format.title(three)));
        assertThat(playback.asked()).containsExactly("skipTo(5)", "skipTo(2)");
    }

    @Test
    void skipWithNothingPlayingIsRefused() {
        playback.connectedTo(VOICE);
        CommandRunner skip = CommandRunner.of(new SkipCommand(0.5));
        assertThat(skip.run(ctx()).text()).isEqualTo(skip.english("playing.nothing"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void previousGoesBackAndSaysWhenThereIsNoHistory() {
        playingThree();
        CommandRunner previous = CommandRunner.of(new PreviousCommand());
        Outcome none = previous.run(ctx());
        assertThat(none.ephemeral()).isTrue();
        assertThat(none.text()).isEqualTo(previous.english("previous.none"));
        playback.skip();
        assertThat(previous.run(ctx()).text()).isEqualTo(previous.english("previous.done", Format.title(one)));
        assertThat(playback.queuedTitles()).startsWith("two");
    }

    @Test
    void twentyFourSevenToggles() {
        CommandRunner stay = CommandRunner.of(new TwentyFourSevenCommand());
        assertThat(stay.run(ctx()).refusal()).contains(Precondition.DJ);
        assertThat(stay.run(ctx().dj(true)).text()).isEqualTo(stay.english("247.on"));
        assertThat(stay.run(ctx().dj(true)).text()).isEqualTo(stay.english("247.off"));
        assertThat(playback.asked()).containsExactly("setStayConnected(true)", "setStayConnected(false)");
    }

    @Test
    void autoplayAndNormalizeAreOnOrOff() {
        playingThree();
        CommandRunner autoplay = CommandRunner.of(new AutoplayCommand());
        CommandRunner normalize = CommandRunner.of(new NormalizeCommand());
        assertThat(autoplay.run(ctx().dj(true).option("mode", "on")).text()).isEqualTo(autoplay.english("autoplay.on"));
        assertThat(autoplay.run(ctx().dj(true).option("mode", "off")).text())
                .isEqualTo(autoplay.english("autoplay.off"));
        assertThat(autoplay.run(ctx().dj(true).option("mode", "maybe")).text())
                .isEqualTo(autoplay.english("autoplay.usage"));
        assertThat(normalize.run(ctx().dj(true).option("mode", "on")).text())
                .isEqualTo(normalize.english("normalize.on"));
        assertThat(normalize.run(ctx().dj(true).option("mode", "off")).text())
                .isEqualTo(normalize.english("normalize.off"));
        Outcome bad = normalize.run(ctx().dj(true));
        assertThat(bad.ephemeral()).isTrue();
        assertThat(bad.text()).isEqualTo(normalize.english("normalize.usage"));
        assertThat(playback.asked())
                .containsExactly(
                        "setAutoplay(true)", "setAutoplay(false)", "setNormalizing(true)", "setNormalizing(false)");
    }

    @Test
    void aPlayerWithoutAutoplayOrNormalisationRefusesPolitely() {
        FakeGuildPlayback bare = FakeGuildPlayback.basic(GUILD).playing(VOICE, ALICE, one);
        Outcome autoplay = CommandRunner.of(new AutoplayCommand())
                .run(FakeCommandContext.of(bare).dj(true).option("mode", "on"));
        assertThat(autoplay.ephemeral()).isTrue();
        assertThat(autoplay.text()).isEqualTo(API_TEXTS.text(Locale.ROOT, "unavailable.autoplay"));
        Outcome normalize = CommandRunner.of(new NormalizeCommand())
                .run(FakeCommandContext.of(bare).dj(true).option("mode", "on"));
        assertThat(normalize.text()).isEqualTo(API_TEXTS.text(Locale.ROOT, "unavailable.normalize"));
        assertThat(bare.autoplay()).isFalse();
        assertThat(bare.normalizing()).isFalse();
    }

    @Test
    void theRequesterOwnsATrackAndADjOwnsEvery() {
        QueuedTrack bobs = new QueuedTrack(track("x", 1), BOB);
        assertThat(Controls.owns(ctx(), bobs)).isFalse();
        assertThat(Controls.owns(ctx().caller(BOB), bobs)).isTrue();
        assertThat(Controls.owns(ctx().dj(true), bobs)).isTrue();
    }
}
