package dev.musicbot.runtime.command;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the queue commands reply, change and refuse: /queue, /remove, /move, /clear, /shuffle, /stop. */
class QueueCommandsTest {
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);

    @TempDir
    Path dir;

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    private List<String> queued() {
        return playback.queue().stream().map(q -> q.track().info().title()).toList();
    }

    private void aliceQueuesFourBobOne() {
        playback.playing(VOICE, ALICE, track("now", 60), track("a", 60), track("b", 60), track("c", 60));
        playback.enqueue(track("bobs", 60), BOB);
    }

    private RemoveCommand remove() {
        return new RemoveCommand(new ActivePlaylist(new RecordingPluginContext("core", dir)));
    }

    @Test
    void queueShowsTheCurrentTrackThenPagesOfTenWithButtons() {
        playback.playing(VOICE, ALICE, track("now", 60));
        for (int i = 1; i <= 12; i++) {
            playback.enqueue(track("song-" + i, 60), BOB);
        }
        Reply first = new QueueCommand().handle(ctx());
        assertThat(first.embeds().getFirst().title()).isEqualTo("Queue: 12 tracks, 12:00");
        assertThat(first.embeds().getFirst().description())
                .startsWith("**Now:** **now** (1:00)")
                .contains("`10.` **song-10**")
                .doesNotContain("song-11");
        assertThat(first.buttons()).extracting(b -> b.disabled()).containsExactly(true, false);
        Reply second = new QueueCommand().onButton("page:2", ctx());
        assertThat(second.embeds().getFirst().description())
                .contains("`12.` **song-12**")
                .doesNotContain("`1.`");
        assertThat(second.embeds().getFirst().footer()).startsWith("Page 2/2");
    }

    @Test
    void anEmptyQueueSaysHowToFillIt() {
        Reply reply = new QueueCommand().handle(ctx());
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("/play");
    }

    @Test
    void membersRemoveTheirOwnTracksAndDjsAnyone() {
        aliceQueuesFourBobOne();
        assertThat(remove().handle(ctx().option("position", 4)).content()).contains("only remove tracks you queued");
        assertThat(remove().handle(ctx().caller(BOB).option("position", 4)).content())
                .isEqualTo("Removed **bobs** (1:00).");
        assertThat(remove().handle(ctx().caller(BOB).dj(true).option("position", 1))
                        .content())
                .startsWith("Removed **a**");
        assertThat(queued()).containsExactly("b", "c");
    }

    @Test
    void removeRefusesPositionsOutsideTheQueueAndCallersElsewhere() {
        aliceQueuesFourBobOne();
        for (long bad : new long[] {0, 5, -1, 4294967297L}) {
            assertThat(remove().handle(ctx().option("position", bad)).content())
                    .as("position %d", bad)
                    .isEqualTo("There is no track at position " + bad + ".");
        }
        Reply elsewhere = remove().handle(ctx().inVoice(Optional.of(new ChannelId(500000000000000009L)))
                .option("position", 1));
        assertThat(elsewhere.content()).contains("You need to be in <#" + VOICE + ">");
        assertThat(queued()).containsExactly("a", "b", "c", "bobs");
    }

    @Test
    void moveReordersAndNamesTheValidRange() {
        aliceQueuesFourBobOne();
        assertThat(new MoveCommand()
                        .handle(ctx().option("from", 4).option("to", 1))
                        .content())
                .isEqualTo("Moved track 4 to position 1.");
        assertThat(queued()).containsExactly("bobs", "a", "b", "c");
        Reply refused = new MoveCommand().handle(ctx().option("from", 1).option("to", 9));
        assertThat(refused.content()).isEqualTo("Both positions must be in the queue (1 to 4).");
        assertThat(queued()).containsExactly("bobs", "a", "b", "c");
    }

    @Test
    void clearEmptiesTheQueueButKeepsTheCurrentTrack() {
        aliceQueuesFourBobOne();
        assertThat(new ClearCommand().handle(ctx()).content()).isEqualTo("Cleared 4 tracks.");
        assertThat(playback.current()).map(q -> q.track().info().title()).contains("now");
        assertThat(new ClearCommand().handle(ctx()).ephemeral()).isTrue();
    }

    @Test
    void shuffleKeepsEveryTrackOnceAndNeedsTwo() {
        aliceQueuesFourBobOne();
        List<QueuedTrack> before = playback.queue();
        assertThat(new ShuffleCommand().handle(ctx()).content()).isEqualTo("Shuffled 4 tracks.");
        assertThat(playback.queue()).containsExactlyInAnyOrderElementsOf(before);
        playback.clear();
        playback.enqueue(track("only", 60), ALICE);
        assertThat(new ShuffleCommand().handle(ctx()).content()).isEqualTo("There is nothing to shuffle.");
    }

    @Test
    void stopEndsPlaybackClearsTheQueueAndStaysConnected() {
        aliceQueuesFourBobOne();
        assertThat(new StopCommand(new BackgroundLoads()).handle(ctx()).content())
                .isEqualTo("Stopped and cleared 4 queued tracks.");
        assertThat(playback.current()).isEmpty();
        assertThat(playback.queue()).isEmpty();
        assertThat(playback.voiceChannel()).contains(VOICE);
    }
}
