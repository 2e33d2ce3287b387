package dev.musicbot.runtime.command;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.command.SelectMenu;
import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.testkit.CommandRunner;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.FakeTrackLoader;
import dev.musicbot.api.testkit.InMemoryPlaylistStore;
import dev.musicbot.api.testkit.Outcome;
import dev.musicbot.api.testkit.RecordingPluginContext;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What /play, /aplay and /search reply, queue and refuse. */
class PlayCommandsTest {
    private static final ChannelId ELSEWHERE = new ChannelId(500000000000000009L);
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private final FakeTrackLoader loader = new FakeTrackLoader();
    private final Track song = track("song", 200);
    private final Track other = track("other", 100);
    private final PlaylistStore store = new InMemoryPlaylistStore();
    private CommandRunner play;

    @TempDir
    Path dir;

    @BeforeEach
    void playWithAPlaylistStore() {
        RecordingPluginContext plugin = new RecordingPluginContext("core", dir);
        plugin.register(PlaylistStore.class, store);
        play = CommandRunner.of(new PlayCommand(new ActivePlaylist(plugin)));
    }

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback).tracks(loader);
    }

    /** A track listed in a playlist, whose page still has to be looked up to play. */
    private static Track listed(String title) {
        String page = "https://example.org/watch/" + title;
        return new Track(
                new TrackInfo(title, "", Duration.ofSeconds(60), page, null, null),
                new PlaybackRef.Deferred(List.of("search:" + title)),
                "http");
    }

    @Test
    void playJoinsTheCallersChannelAndStartsAtOnce() {
        loader.answer("song", song);
        Outcome outcome = play.run(ctx().option("query", "song"));
        assertThat(outcome.ephemeral()).isFalse();
        assertThat(outcome.text()).isEqualTo(play.english("play.now", Format.title(song)));
        assertThat(playback.asked()).containsExactly("join(" + VOICE + ")", "enqueue(song, alice)");
        assertThat(loader.requests()).extracting(LoadRequest::priority).containsExactly(LoadPriority.URGENT);
        assertThat(loader.requests().getFirst().requester()).isEqualTo(ALICE);
    }

    @Test
    void playWhilePlayingQueuesAtTheEndAndSaysWhere() {
        playback.playing(VOICE, BOB, other, track("x", 60));
        loader.answer("song", song);
        assertThat(play.run(ctx().option("query", "song")).text())
                .isEqualTo(play.english("play.queued", 2, Format.title(song)));
        assertThat(playback.asked()).containsExactly("enqueue(song, alice)");
    }

    @Test
    void searchWordsQueueTheBestHitOnly() {
        loader.answer("some words", new ResolveResult.SearchHits(List.of(song, other)));
        play.run(ctx().option("query", "some words"));
        assertThat(playback.asked()).containsExactly("join(" + VOICE + ")", "enqueue(song, alice)");
    }

    @Test
    void aPlaylistLinkQueuesEveryTrack() {
        loader.answer("https://example.org/list.m3u", new ResolveResult.Playlist("Mix", List.of(song, other), -1));
        assertThat(play.run(ctx().option("query", "https://example.org/list.m3u"))
                        .text())
                .isEqualTo(play.english("play.queued-playlist", 2, "Mix"));
        assertThat(playback.currentTitle()).contains("song");
        assertThat(playback.queuedTitles()).containsExactly("other");
    }

    @Test
    void nothingFoundAndFailedLookupsAreEphemeralAndQueueNothing() {
        Outcome none = play.run(ctx().option("query", "nothing like it"));
        assertThat(none.ephemeral()).isTrue();
        assertThat(none.text()).isEqualTo("nothing found for nothing like it");
        loader.answer(
                "https://example.org/broken",
                new ResolveResult.Failed(
                        new UserFacingException(RuntimeMessages.text("http.not-audio"), Severity.COMMON)));
        Outcome failed = play.run(ctx().option("query", "https://example.org/broken"));
        assertThat(failed.ephemeral()).isTrue();
        assertThat(failed.text()).isEqualTo(play.english("http.not-audio"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void playNeedsTheCallerInVoiceAndWithTheBot() {
        loader.answer("song", song);
        assertThat(play.run(ctx().inVoice(Optional.empty()).option("query", "song"))
                        .refusal())
                .contains(Precondition.CALLER_IN_VOICE);
        playback.connectedTo(VOICE);
        assertThat(play.run(ctx().inVoice(Optional.of(ELSEWHERE)).option("query", "song"))
                        .refusal())
                .contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(loader.inputs()).isEmpty();
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void nextAndNowAreForDjsWhileSomethingPlays() {
        playback.playing(VOICE, BOB, other, track("queued", 60));
        loader.answer("song", song);
        Outcome refused = play.run(ctx().option("query", "song").option("position", "next"));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).isEqualTo(play.english("play.ahead-dj-only"));
        assertThat(loader.inputs()).as("refused before the lookup").isEmpty();
        assertThat(play.run(ctx().dj(true).option("query", "song").option("position", "next"))
                        .text())
                .isEqualTo(play.english("play.next", Format.title(song)));
        assertThat(playback.queuedTitles()).containsExactly("song", "queued");
        assertThat(play.run(ctx().dj(true).option("query", "song").option("position", "now"))
                        .text())
                .isEqualTo(play.english("play.now", Format.title(song)));
        assertThat(playback.asked())
                .containsExactly("enqueueAt(song, alice, 1)", "enqueueAt(song, alice, 1)", "skip()");
    }

    @Test
    void nextOnAnIdlePlayerIsForEveryoneAndJustPlays() {
        loader.answer("song", song);
        assertThat(play.run(ctx().option("query", "song").option("position", "next"))
                        .text())
                .isEqualTo(play.english("play.now", Format.title(song)));
    }

    @Test
    void nextOnAPlayerThatCannotPlaceTracksIsRefusedPolitely() {
        FakeGuildPlayback bare = FakeGuildPlayback.basic(GUILD).playing(VOICE, BOB, other);
        loader.answer("song", song);
        Outcome outcome = play.run(FakeCommandContext.of(bare)
                .tracks(loader)
                .dj(true)
                .option("query", "song")
                .option("position", "next"));
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text())
                .isEqualTo(dev.musicbot.api.text.MessageBundle.of(dev.musicbot.api.playback.GuildPlayback.class)
                        .text(java.util.Locale.ROOT, "unavailable.queue-at"));
        assertThat(bare.queue()).isEmpty();
    }

    @Test
    void anUnknownPositionIsRefused() {
        Outcome refused = play.run(ctx().option("query", "song").option("position", "sideways"));
        assertThat(refused.text()).isEqualTo(play.english("play.position-usage"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void aFullQueueIsThePlayersPoliteRefusal() {
        playback.playing(VOICE, BOB, other).queueLimit(0);
        loader.answer("song", song);
        Outcome full = play.run(ctx().option("query", "song"));
        assertThat(full.ephemeral()).isTrue();
        assertThat(full.text()).isEqualTo("The queue is full.");
        assertThat(playback.queue()).isEmpty();
    }

    @Test
    void anEmptyQueryPlaysTheActivePlaylistOrAsksWhatToPlay() {
        Outcome what = play.run(ctx());
        assertThat(what.ephemeral()).isTrue();
        assertThat(what.text()).isEqualTo(play.english("play.what"));
        store.save(GUILD, new StoredPlaylist("Party", BOB, List.of()));
        store.setActive(GUILD, "Party");
        assertThat(play.run(ctx()).text()).isEqualTo(play.english("play.active-empty", "Party"));
        store.save(
                GUILD,
                new StoredPlaylist(
                        "Party",
                        BOB,
                        List.of(
                                new PlaylistEntry("https://example.org/song.ogg", song.info()),
                                new PlaylistEntry("other words", other.info()))));
        loader.answer("other words", other);
        assertThat(play.run(ctx()).text()).isEqualTo(play.english("play.queued-playlist", 2, "Party"));
        assertThat(loader.inputs())
                .as("a link plays as it is; words are looked up")
                .containsExactly("other words");
        assertThat(playback.asked())
                .containsExactly("join(" + VOICE + ")", "enqueue(song, alice)", "enqueue(other, alice)");
    }

    @Test
    void aplayNeedsALink() {
        CommandRunner aplay = CommandRunner.of(new AplayCommand(new BackgroundLoads()));
        Outcome outcome = aplay.run(ctx().option("url", "some words"));
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text()).isEqualTo(aplay.english("aplay.needs-link"));
        assertThat(loader.inputs()).isEmpty();
    }

    @Test
    void aplayAndSearchOfOnlySpacesAskAgainWithoutLookingUp() {
        CommandRunner aplay = CommandRunner.of(new AplayCommand(new BackgroundLoads()));
        assertThat(aplay.run(ctx().option("url", " \u2003 ")).text()).isEqualTo(aplay.english("aplay.needs-link"));
        CommandRunner search = CommandRunner.of(new SearchCommand());
        assertThat(search.run(ctx().option("query", "\u2003")).text()).isEqualTo(search.english("search.what"));
        assertThat(loader.inputs()).isEmpty();
    }

    @Test
    void aplayLooksUpEachListedSongTheFirstThreeFirstAndReportsProgress() {
        List<Track> listed = List.of(listed("a"), listed("b"), listed("c"), listed("d"));
        loader.answer("https://example.org/list", new ResolveResult.Playlist("Road trip", listed, -1));
        for (String title : List.of("a", "b", "c", "d")) {
            loader.answer("https://example.org/watch/" + title, track(title, 60));
        }
        CommandRunner aplay = CommandRunner.of(new AplayCommand(new BackgroundLoads()));
        FakeCommandContext ctx = ctx().option("url", "https://example.org/list");
        Outcome outcome = aplay.run(ctx);
        assertThat(outcome.text()).isEqualTo(aplay.english("aplay.done", 4, 4, "Road trip"));
        assertThat(playback.asked())
                .containsExactly(
                        "join(" + VOICE + ")",
                        "enqueue(a, alice)",
                        "enqueue(b, alice)",
                        "enqueue(c, alice)",
                        "enqueue(d, alice)");
        assertThat(loader.requests())
                .extracting(LoadRequest::priority)
                .containsExactly(
                        LoadPriority.URGENT, LoadPriority.HIGH, LoadPriority.HIGH, LoadPriority.HIGH, LoadPriority.LOW);
        assertThat(ctx.progressTexts()).last().isEqualTo(aplay.english("aplay.progress", "Road trip", 4, 4));
    }

    @Test
    void aplaySkipsWhatIsNotFoundAndSaysWhy() {
        loader.answer(
                "https://example.org/list",
                new ResolveResult.Playlist("Mix", List.of(listed("a"), listed("gone")), -1));
        loader.answer("https://example.org/watch/a", track("a", 60));
        CommandRunner aplay = CommandRunner.of(new AplayCommand(new BackgroundLoads()));
        Outcome outcome = aplay.run(ctx().option("url", "https://example.org/list"));
        assertThat(outcome.text())
                .isEqualTo(aplay.english("aplay.done", 1, 2, "Mix") + "\n"
                        + aplay.english(
                                "aplay.skipped", 1, "**gone** (nothing found for https://example.org/watch/gone)"));
        assertThat(playback.queuedTitles()).isEmpty();
        assertThat(playback.currentTitle()).contains("a");
    }

    @Test
    void aplayStopsWhenTheQueueIsFull() {
        loader.answer(
                "https://example.org/list",
                new ResolveResult.Playlist("Mix", List.of(listed("a"), listed("b"), listed("c")), -1));
        for (String title : List.of("a", "b", "c")) {
            loader.answer("https://example.org/watch/" + title, track(title, 60));
        }
        playback.queueLimit(1);
        CommandRunner aplay = CommandRunner.of(new AplayCommand(new BackgroundLoads()));
        Outcome outcome = aplay.run(ctx().option("url", "https://example.org/list"));
        assertThat(outcome.text())
                .isEqualTo(aplay.english("aplay.done", 2, 3, "Mix") + " "
                        + aplay.english("aplay.refused", "The queue is full."));
        assertThat(playback.queuedTitles()).containsExactly("b");
    }

    @Test
    void aplayOfASingleSongPlaysIt() {
        loader.answer("https://example.org/one.ogg", song);
        CommandRunner aplay = CommandRunner.of(new AplayCommand(new BackgroundLoads()));
        assertThat(aplay.run(ctx().option("url", "https://example.org/one.ogg")).text())
                .isEqualTo(aplay.english("play.now", Format.title(song)));
    }

    @Test
    void searchOffersTheTopHitsToTheSearcherAlone() {
        loader.answer("words", new ResolveResult.SearchHits(List.of(song, other)));
        CommandRunner search = CommandRunner.of(new SearchCommand());
        Outcome results = search.run(ctx().option("query", "words"));
        assertThat(results.text()).isEqualTo(search.english("search.results", "words"));
        SelectMenu menu = results.reply().menus().getFirst();
        assertThat(menu.options()).extracting(SelectMenu.Option::label).containsExactly("1. song", "2. other");
        assertThat(menu.options()).extracting(SelectMenu.Option::description).containsExactly("3:20", "1:40");
        assertThat(playback.asked()).isEmpty();

        Outcome notYours = search.select(menu.action(), List.of("1"), ctx().caller(BOB));
        assertThat(notYours.ephemeral()).isTrue();
        assertThat(notYours.text()).isEqualTo(search.english("search.not-yours"));
        assertThat(search.select(menu.action(), List.of("7"), ctx()).text())
                .isEqualTo(search.english("search.not-a-result"));
        assertThat(search.select(menu.action(), List.of("x"), ctx()).text())
                .isEqualTo(search.english("search.not-a-result"));
        assertThat(playback.asked()).isEmpty();

        assertThat(search.select(menu.action(), List.of("1"), ctx()).text())
                .isEqualTo(search.english("play.now", Format.title(other)));
        assertThat(playback.asked()).containsExactly("join(" + VOICE + ")", "enqueue(other, alice)");
        assertThat(search.select(menu.action(), List.of("0"), ctx()).text())
                .isEqualTo(search.english("search.expired"));
    }

    @Test
    void searchRefusesEmptyWordsPlaylistsAndNothingFound() {
        CommandRunner search = CommandRunner.of(new SearchCommand());
        assertThat(search.run(ctx().option("query", "  ")).text()).isEqualTo(search.english("search.what"));
        loader.answer("https://example.org/list", new ResolveResult.Playlist("Mix", List.of(song), -1));
        assertThat(search.run(ctx().option("query", "https://example.org/list")).text())
                .isEqualTo(search.english("search.playlist"));
        Outcome none = search.run(ctx().option("query", "zzz"));
        assertThat(none.ephemeral()).isTrue();
        assertThat(none.text()).isEqualTo("nothing found for zzz");
        assertThat(search.select("other", List.of("1"), ctx()).text()).isEqualTo("That menu is no longer active.");
        assertThat(playback.asked()).isEmpty();
    }
}
