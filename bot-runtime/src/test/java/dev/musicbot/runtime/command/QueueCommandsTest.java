package dev.musicbot.runtime.command;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.testkit.CommandRunner;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.InMemoryPlaylistStore;
import dev.musicbot.api.testkit.Outcome;
import dev.musicbot.api.testkit.RecordingPluginContext;
import dev.musicbot.api.track.Track;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the queue commands reply, change and refuse: /queue, /history, /remove, /move, /clear, /shuffle, /stop,
 * /join, /leave, /ping.
 */
class QueueCommandsTest {
    private static final ChannelId ELSEWHERE = new ChannelId(500000000000000009L);
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private final Track now = track("now", 60);
    private final Track bobs = track("bobs", 60);

    @TempDir
    Path dir;

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    private void aliceQueuesFourBobOne() {
        playback.playing(VOICE, ALICE, now, track("a", 60), track("b", 60), track("c", 60))
                .queued(BOB, bobs);
    }

    private CommandRunner remove(PluginContextWithStore plugin) {
        return CommandRunner.of(new RemoveCommand(new ActivePlaylist(plugin.context())));
    }

    private CommandRunner remove() {
        return CommandRunner.of(new RemoveCommand(new ActivePlaylist(new RecordingPluginContext("core", dir))));
    }

    /** A core plugin context with the playlists plugin's store registered, as at run time. */
    private record PluginContextWithStore(RecordingPluginContext context, PlaylistStore store) {
        static PluginContextWithStore in(Path dir) {
            RecordingPluginContext context = new RecordingPluginContext("core", dir);
            PlaylistStore store = new InMemoryPlaylistStore();
            context.register(PlaylistStore.class, store);
            return new PluginContextWithStore(context, store);
        }
    }

    @Test
    void queueShowsTheCurrentTrackThenPagesOfTenWithButtons() {
        playback.playing(VOICE, ALICE, now);
        for (int i = 1; i <= 12; i++) {
            playback.queued(BOB, track("song-" + i, 60));
        }
        CommandRunner queue = CommandRunner.of(new QueueCommand());
        Outcome first = queue.run(ctx());
        Embed page = first.reply().embeds().getFirst();
        assertThat(page.title()).isEqualTo(queue.english("queue.title", 12, "12:00"));
        assertThat(page.description())
                .startsWith(queue.english("queue.now") + " " + Format.title(now) + " · <@" + ALICE + ">")
                .contains("`10.` " + Format.title(track("song-10", 60)) + " · <@" + BOB + ">")
                .doesNotContain("song-11");
        assertThat(page.footer()).isEqualTo(queue.english("queue.footer", 1, 2, queue.english("repeat.label.off")));
        assertThat(first.reply().buttons())
                .extracting(Button::action, Button::disabled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("page:0", true),
                        org.assertj.core.groups.Tuple.tuple("page:2", false));
        Outcome second = queue.click("page:2", ctx());
        assertThat(second.reply().embeds().getFirst().description())
                .contains("`12.` **song-12**")
                .doesNotContain("`1.`");
        assertThat(second.reply().embeds().getFirst().footer()).startsWith("Page 2/2");
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndTheFooterTellsTheRepeatMode() {
        playback.playing(VOICE, ALICE, now, track("a", 60));
        playback.setRepeat(RepeatMode.QUEUE);
        CommandRunner queue = CommandRunner.of(new QueueCommand());
        Embed page = queue.run(ctx().option("page", 50)).reply().embeds().getFirst();
        assertThat(page.footer()).isEqualTo(queue.english("queue.footer", 1, 1, queue.english("repeat.label.queue")));
    }

    @Test
    void anEmptyQueueSaysHowToFillIt() {
        CommandRunner queue = CommandRunner.of(new QueueCommand());
        Outcome reply = queue.run(ctx());
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text()).isEqualTo(queue.english("queue.empty"));
        assertThat(queue.click("nonsense", ctx()).text()).isEqualTo("That button is no longer active.");
    }

    @Test
    void historyListsTheLatestFirstAndSaysWhenNothingPlayed() {
        CommandRunner history = CommandRunner.of(new HistoryCommand());
        Outcome empty = history.run(ctx());
        assertThat(empty.ephemeral()).isTrue();
        assertThat(empty.text()).isEqualTo(history.english("history.empty"));
        playback.played(ALICE, track("oldest", 60), track("older", 60)).played(BOB, track("latest", 60));
        Embed page = history.run(ctx()).reply().embeds().getFirst();
        assertThat(page.title()).isEqualTo(history.english("history.title", 3));
        assertThat(page.description())
                .startsWith("`1.` **latest** (1:00) · <@" + BOB + ">")
                .contains("`3.` **oldest**");
        assertThat(page.footer()).isEqualTo(history.english("history.footer", 1, 1));
        assertThat(history.click("page:x", ctx()).text()).isEqualTo("That button is no longer active.");
    }

    @Test
    void historyPagesByTen() {
        for (int i = 1; i <= 15; i++) {
            playback.played(ALICE, track("song-" + i, 60));
        }
        CommandRunner history = CommandRunner.of(new HistoryCommand());
        Embed second = history.click("page:2", ctx()).reply().embeds().getFirst();
        assertThat(second.description())
                .startsWith("`11.` **song-5**")
                .endsWith("`15.` **song-1** (1:00) · <@" + ALICE + ">\n");
        assertThat(history.run(ctx().option("page", -3))
                        .reply()
                        .embeds()
                        .getFirst()
                        .footer())
                .isEqualTo(history.english("history.footer", 1, 2));
    }

    @Test
    void membersRemoveTheirOwnTracksAndDjsAnyone() {
        aliceQueuesFourBobOne();
        CommandRunner remove = remove();
        Outcome notHers = remove.run(ctx().option("position", 4));
        assertThat(notHers.ephemeral()).isTrue();
        assertThat(notHers.text()).isEqualTo(remove.english("remove.not-owner"));
        assertThat(playback.asked()).isEmpty();
        assertThat(remove.run(ctx().caller(BOB).option("position", 4)).text())
                .isEqualTo(remove.english("remove.done", Format.title(bobs)));
        assertThat(remove.run(ctx().caller(BOB).dj(true).option("position", 1)).text())
                .isEqualTo(remove.english("remove.done", Format.title(track("a", 60))));
        assertThat(playback.queuedTitles()).containsExactly("b", "c");
        assertThat(playback.asked()).containsExactly("remove(4)", "remove(1)");
    }

    @Test
    void removeRefusesPositionsOutsideTheQueueAndCallersElsewhere() {
        aliceQueuesFourBobOne();
        CommandRunner remove = remove();
        for (long bad : new long[] {0, 5, -1, 4294967297L}) {
            assertThat(remove.run(ctx().option("position", bad)).text())
                    .as("position %d", bad)
                    .isEqualTo(remove.english("skip.no-position", bad));
        }
        assertThat(remove.run(ctx().inVoice(Optional.of(ELSEWHERE)).option("position", 1))
                        .text())
                .isEqualTo(remove.english("precondition.same-voice-channel", "<#" + VOICE + ">"));
        assertThat(playback.asked()).isEmpty();
        playback.leave();
        assertThat(remove.run(ctx().option("position", 1)).text())
                .isEqualTo(remove.english("precondition.bot-in-voice"));
    }

    @Test
    void removeFromAPlaylistNeedsNoVoiceButTheOwnerOrAManager() {
        PluginContextWithStore plugin = PluginContextWithStore.in(dir);
        plugin.store().save(GUILD, new StoredPlaylist("Party", BOB, List.of(entry("x"), entry("y"))));
        CommandRunner remove = remove(plugin);
        Outcome notOwner =
                remove.run(ctx().inVoice(Optional.empty()).option("position", 1).option("playlist", "party"));
        assertThat(notOwner.ephemeral()).isTrue();
        assertThat(notOwner.text()).isEqualTo(remove.english("playlist.not-owner"));
        assertThat(remove.run(ctx().caller(BOB).option("position", 3).option("playlist", "Party"))
                        .text())
                .isEqualTo(remove.english("playlist.no-song", "Party", 3));
        assertThat(remove.run(ctx().managesGuild(true).option("position", 1).option("playlist", "Party"))
                        .text())
                .isEqualTo(remove.english("playlist.removed", "x", "Party"));
        assertThat(plugin.store().find(GUILD, "Party").orElseThrow().entries())
                .extracting(e -> e.info().title())
                .containsExactly("y");
        assertThat(remove.run(ctx().option("position", 1).option("playlist", "Nope"))
                        .text())
                .isEqualTo(remove.english("playlist.unknown", "Nope"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void removeFromAPlaylistWithoutThePlaylistsPluginSaysSo() {
        CommandRunner remove = remove();
        assertThat(remove.run(ctx().option("position", 1).option("playlist", "Party"))
                        .text())
                .isEqualTo(remove.english("playlist.none-installed"));
        assertThat(remove.autocomplete("playlist", "pa", ctx())).isEmpty();
    }

    @Test
    void removeSuggestsTheGuildsPlaylistsByWhatWasTyped() {
        PluginContextWithStore plugin = PluginContextWithStore.in(dir);
        for (String name : List.of("Party", "Study", "Party Hard")) {
            plugin.store().save(GUILD, new StoredPlaylist(name, ALICE, List.of(entry("x"))));
        }
        assertThat(remove(plugin).autocomplete("playlist", "PAR", ctx()))
                .extracting(c -> c.value())
                .containsExactlyInAnyOrder("Party", "Party Hard");
    }

    private static PlaylistEntry entry(String title) {
        Track track = track(title, 60);
        return new PlaylistEntry("https://example.org/" + title + ".ogg", track.info());
    }

    @Test
    void moveReordersAndNamesTheValidRange() {
        aliceQueuesFourBobOne();
        CommandRunner move = CommandRunner.of(new MoveCommand());
        assertThat(move.run(ctx().dj(true).option("from", 4).option("to", 1)).text())
                .isEqualTo(move.english("move.done", 4, 1));
        assertThat(playback.queuedTitles()).containsExactly("bobs", "a", "b", "c");
        Outcome refused = move.run(ctx().dj(true).option("from", 1).option("to", 9));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).isEqualTo(move.english("move.out-of-range", 4));
        assertThat(playback.queuedTitles()).containsExactly("bobs", "a", "b", "c");
        assertThat(move.run(ctx().option("from", 1).option("to", 2)).refusal()).contains(Precondition.DJ);
    }

    @Test
    void clearEmptiesTheQueueButKeepsTheCurrentTrack() {
        aliceQueuesFourBobOne();
        CommandRunner clear = CommandRunner.of(new ClearCommand());
        assertThat(clear.run(ctx()).refusal()).contains(Precondition.DJ);
        assertThat(clear.run(ctx().dj(true)).text()).isEqualTo(clear.english("clear.done", 4));
        assertThat(playback.currentTitle()).contains("now");
        Outcome again = clear.run(ctx().dj(true));
        assertThat(again.ephemeral()).isTrue();
        assertThat(again.text()).isEqualTo(clear.english("clear.empty"));
    }

    @Test
    void shuffleKeepsEveryTrackOnceAndNeedsTwo() {
        aliceQueuesFourBobOne();
        List<QueuedTrack> before = playback.queue();
        CommandRunner shuffle = CommandRunner.of(new ShuffleCommand());
        assertThat(shuffle.run(ctx()).text()).isEqualTo(shuffle.english("shuffle.done", 4));
        assertThat(playback.queue()).containsExactlyInAnyOrderElementsOf(before);
        playback.clear();
        playback.queued(ALICE, track("only", 60));
        Outcome nothing = shuffle.run(ctx());
        assertThat(nothing.ephemeral()).isTrue();
        assertThat(nothing.text()).isEqualTo(shuffle.english("shuffle.nothing"));
        assertThat(playback.asked()).containsExactly("shuffle()", "clear()");
    }

    @Test
    void stopEndsPlaybackClearsTheQueueAndStaysConnected() {
        aliceQueuesFourBobOne();
        CommandRunner stop = CommandRunner.of(new StopCommand(new BackgroundLoads()));
        assertThat(stop.run(ctx()).refusal()).contains(Precondition.DJ);
        assertThat(stop.run(ctx().dj(true)).text()).isEqualTo(stop.english("stop.cleared", 4));
        assertThat(playback.current()).isEmpty();
        assertThat(playback.voiceChannel()).contains(VOICE);
        assertThat(stop.run(ctx().dj(true)).text()).isEqualTo(stop.english("stop.done"));
        assertThat(playback.asked()).containsExactly("stop()", "stop()");
    }

    @Test
    void stopAndLeaveCancelTheGuildsBackgroundLoads() {
        playback.playing(VOICE, ALICE, now);
        BackgroundLoads loads = new BackgroundLoads();
        BackgroundLoads.Handle running = loads.begin(GUILD);
        CommandRunner.of(new StopCommand(loads)).run(ctx().dj(true));
        assertThat(running.cancelled()).isTrue();
        BackgroundLoads.Handle again = loads.begin(GUILD);
        CommandRunner.of(new LeaveCommand(loads)).run(ctx().dj(true));
        assertThat(again.cancelled()).isTrue();
    }

    @Test
    void leaveNamesTheChannelItLeft() {
        playback.playing(VOICE, ALICE, now, track("a", 60));
        CommandRunner leave = CommandRunner.of(new LeaveCommand(new BackgroundLoads()));
        assertThat(leave.run(ctx()).refusal()).contains(Precondition.DJ);
        assertThat(leave.run(ctx().dj(true)).text()).isEqualTo(leave.english("leave.channel", "<#" + VOICE + ">"));
        assertThat(playback.voiceChannel()).isEmpty();
        assertThat(playback.queue()).isEmpty();
        assertThat(leave.run(ctx().dj(true)).refusal()).contains(Precondition.BOT_IN_VOICE);
        assertThat(playback.asked()).containsExactly("leave()");
    }

    @Test
    void joinComesToTheCallerOnceAndRefusesCallersOutsideVoice() {
        CommandRunner join = CommandRunner.of(new JoinCommand());
        assertThat(join.run(ctx().inVoice(Optional.empty())).refusal()).contains(Precondition.CALLER_IN_VOICE);
        assertThat(join.run(ctx()).text()).isEqualTo(join.english("join.done", "<#" + VOICE + ">"));
        Outcome already = join.run(ctx());
        assertThat(already.ephemeral()).isTrue();
        assertThat(already.text()).isEqualTo(join.english("join.already", "<#" + VOICE + ">"));
        assertThat(join.run(ctx().inVoice(Optional.of(ELSEWHERE))).refusal()).contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(playback.asked()).containsExactly("join(" + VOICE + ")");
    }

    @Test
    void joinPassesOnThePlayersRefusalPolitely() {
        playback.refuse(
                "join",
                new dev.musicbot.api.UserFacingException(
                        RuntimeMessages.text("voice.no-connect", "<#" + VOICE + ">"),
                        dev.musicbot.api.Severity.COMMON));
        CommandRunner join = CommandRunner.of(new JoinCommand());
        Outcome refused = join.run(ctx());
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).isEqualTo(join.english("voice.no-connect", "<#" + VOICE + ">"));
        assertThat(playback.voiceChannel()).isEmpty();
    }

    @Test
    void pingAnswersOnlyTheCallerWithTheVersion() {
        CommandRunner ping = CommandRunner.of(new PingCommand());
        Outcome pong = ping.run(ctx().inVoice(Optional.empty()));
        assertThat(pong.ephemeral()).isTrue();
        assertThat(pong.text()).isEqualTo(ping.english("ping.pong", dev.musicbot.runtime.BotVersion.build()));
    }
}
