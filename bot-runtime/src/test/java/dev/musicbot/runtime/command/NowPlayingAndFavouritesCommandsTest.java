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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What /nowplaying, its card's buttons and /favourites reply, change and refuse. */
class NowPlayingAndFavouritesCommandsTest {
    private static final ChannelId ELSEWHERE = new ChannelId(500000000000000009L);
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private final PlaylistStore store = new InMemoryPlaylistStore();
    private final Track song = track("song", 200);
    private final Track other = track("other", 100);
    private final BackgroundLoads loads = new BackgroundLoads();
    private CommandRunner nowPlaying;
    private CommandRunner favouritesCommand;
    private Favourites favourites;

    @TempDir
    Path dir;

    @BeforeEach
    void coreWithAPlaylistStore() {
        RecordingPluginContext plugin = new RecordingPluginContext("core", dir);
        plugin.register(PlaylistStore.class, store);
        favourites = new Favourites(new ActivePlaylist(plugin));
        nowPlaying = CommandRunner.of(new NowPlayingCommand(loads, favourites));
        favouritesCommand = CommandRunner.of(new FavouritesCommand(favourites));
    }

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    @Test
    void theCardShowsTheTrackProgressAndSettings() {
        playback.playing(VOICE, BOB, song, other).at(Duration.ofSeconds(100));
        playback.setVolume(40);
        Outcome card = nowPlaying.run(ctx());
        assertThat(card.ephemeral()).isFalse();
        Embed embed = card.reply().embeds().getFirst();
        assertThat(embed.title()).isEqualTo(nowPlaying.english("card.title.playing", "song"));
        assertThat(embed.footer()).isEqualTo(nowPlaying.english("card.footer", 1));
        assertThat(embed.fields())
                .extracting(Embed.Field::name, Embed.Field::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                nowPlaying.english("card.progress"),
                                "▬".repeat(9) + "🔘" + "▬".repeat(9) + " 1:40 / 3:20"),
                        org.assertj.core.groups.Tuple.tuple(nowPlaying.english("card.requester"), "<@" + BOB + ">"),
                        org.assertj.core.groups.Tuple.tuple(nowPlaying.english("card.volume"), "40%"));
        assertThat(card.reply().buttons())
                .extracting(Button::action)
                .containsExactly("toggle", "skip", "stop", "repeat", "shuffle", "favourite");
    }

    @Test
    void nowPlayingNeedsTheBotInVoiceAndSomethingPlaying() {
        assertThat(nowPlaying.run(ctx()).refusal()).contains(Precondition.BOT_IN_VOICE);
        playback.connectedTo(VOICE);
        assertThat(nowPlaying.run(ctx()).text()).isEqualTo(nowPlaying.english("playing.nothing"));
    }

    @Test
    void theButtonsControlThePlayerForListenersInItsChannel() {
        playback.playing(VOICE, ALICE, song, other, track("third", 60));
        Outcome paused = nowPlaying.click("toggle", ctx());
        assertThat(paused.reply().embeds().getFirst().title())
                .isEqualTo(nowPlaying.english("card.title.paused", "song"));
        nowPlaying.click("toggle", ctx());
        nowPlaying.click("repeat", ctx());
        nowPlaying.click("repeat", ctx());
        nowPlaying.click("repeat", ctx());
        nowPlaying.click("shuffle", ctx());
        Outcome skipped = nowPlaying.click("skip", ctx());
        assertThat(skipped.reply().embeds()).isNotEmpty();
        assertThat(playback.asked())
                .containsExactly(
                        "setPaused(true)",
                        "setPaused(false)",
                        "setRepeat(TRACK)",
                        "setRepeat(QUEUE)",
                        "setRepeat(OFF)",
                        "shuffle()",
                        "skip()");
        assertThat(playback.repeat()).isEqualTo(RepeatMode.OFF);
    }

    @Test
    void theButtonsRefuseListenersElsewhereOthersTracksAndStopsByNonDjs() {
        playback.playing(VOICE, BOB, song, other);
        Outcome elsewhere = nowPlaying.click("toggle", ctx().inVoice(Optional.of(ELSEWHERE)));
        assertThat(elsewhere.ephemeral()).isTrue();
        assertThat(elsewhere.text()).isEqualTo(nowPlaying.english("nowplaying.join-first"));
        assertThat(nowPlaying.click("skip", ctx()).text()).isEqualTo(nowPlaying.english("nowplaying.skip-not-owner"));
        assertThat(nowPlaying.click("stop", ctx()).text()).isEqualTo(nowPlaying.english("nowplaying.stop-dj-only"));
        assertThat(nowPlaying.click("dance", ctx()).text()).isEqualTo("That button is no longer active.");
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void stopByADjClearsEverythingAndCancelsLoads() {
        playback.playing(VOICE, BOB, song, other);
        BackgroundLoads.Handle loading = loads.begin(GUILD);
        assertThat(nowPlaying.click("stop", ctx().dj(true)).text()).isEqualTo(nowPlaying.english("nowplaying.stopped"));
        assertThat(loading.cancelled()).isTrue();
        assertThat(playback.asked()).containsExactly("stop()");
    }

    @Test
    void skippingTheLastTrackSaysTheQueueIsEmpty() {
        playback.playing(VOICE, ALICE, song);
        assertThat(nowPlaying.click("skip", ctx()).text()).isEqualTo(nowPlaying.english("nowplaying.queue-empty"));
    }

    @Test
    void theFavouriteButtonIsPersonalAndWorksFromAnywhere() {
        playback.playing(VOICE, BOB, song);
        Outcome added = nowPlaying.click("favourite", ctx().inVoice(Optional.empty()));
        assertThat(added.ephemeral()).isTrue();
        assertThat(added.text()).isEqualTo(nowPlaying.english("favourites.added", Format.title(song)));
        assertThat(nowPlaying.click("favourite", ctx()).text())
                .isEqualTo(nowPlaying.english("favourites.already", Format.title(song)));
        assertThat(favourites.of(ctx())).map(p -> p.entries().size()).contains(1);
        assertThat(favourites.of(ctx().caller(BOB))).isEmpty();
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void favouritesAreFullAtTheirLimit() {
        playback.playing(VOICE, BOB, song);
        List<PlaylistEntry> many = new ArrayList<>();
        for (int i = 0; i < Favourites.MAX_SONGS; i++) {
            many.add(Favourites.entry(track("song-" + i, 60)));
        }
        store.save(GUILD, new StoredPlaylist(Favourites.name(ctx()), ALICE, many));
        Outcome full = nowPlaying.click("favourite", ctx());
        assertThat(full.ephemeral()).isTrue();
        assertThat(full.text()).isEqualTo(nowPlaying.english("favourites.full", Favourites.MAX_SONGS));
    }

    private void aliceLikes(Track... tracks) {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (Track track : tracks) {
            entries.add(Favourites.entry(track));
        }
        store.save(GUILD, new StoredPlaylist(Favourites.name(ctx()), ALICE, entries));
    }

    @Test
    void favouritesWithNoneYetSaysHowToAddSome() {
        Outcome none = favouritesCommand.run(ctx());
        assertThat(none.ephemeral()).isTrue();
        assertThat(none.text()).isEqualTo(favouritesCommand.english("favourites.none-yet"));
    }

    @Test
    void favouritesListsTheCallersOwnSongsToThemAlone() {
        aliceLikes(song, other);
        Outcome shown = favouritesCommand.run(ctx());
        assertThat(shown.ephemeral()).isTrue();
        assertThat(shown.text())
                .isEqualTo(favouritesCommand.english("favourites.title", 2) + "\n`1.` **song**\n`2.` **other**");
        assertThat(favouritesCommand.run(ctx().caller(BOB)).text())
                .isEqualTo(favouritesCommand.english("favourites.none-yet"));
        assertThat(favouritesCommand.run(ctx().option("action", "dance")).text())
                .isEqualTo(favouritesCommand.english("favourites.actions"));
    }

    @Test
    void playingFavouritesQueuesThemAllForTheCallerInVoice() {
        aliceLikes(song, other);
        Outcome played = favouritesCommand.run(ctx().option("action", "play"));
        assertThat(played.text())
                .isEqualTo(favouritesCommand.english(
                        "play.queued-playlist", 2, favouritesCommand.english("favourites.playlist-name")));
        assertThat(playback.asked())
                .containsExactly("join(" + VOICE + ")", "enqueue(song, alice)", "enqueue(other, alice)");
    }

    @Test
    void playingFavouritesNeedsTheCallerInVoiceAndWithTheBot() {
        aliceLikes(song);
        assertThat(favouritesCommand
                        .run(ctx().inVoice(Optional.empty()).option("action", "play"))
                        .text())
                .isEqualTo(favouritesCommand.english("favourites.join-voice"));
        playback.connectedTo(ELSEWHERE);
        assertThat(favouritesCommand.run(ctx().option("action", "play")).text())
                .isEqualTo(favouritesCommand.english("favourites.join-me", "<#" + ELSEWHERE + ">"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void removingAFavouriteNeedsAnExistingPosition() {
        aliceLikes(song, other);
        assertThat(favouritesCommand.run(ctx().option("action", "remove")).text())
                .isEqualTo(favouritesCommand.english("favourites.which"));
        Outcome noSuch = favouritesCommand.run(ctx().option("action", "remove").option("position", 3));
        assertThat(noSuch.ephemeral()).isTrue();
        assertThat(noSuch.text()).isEqualTo(favouritesCommand.english("favourites.no-such", 3));
        assertThat(favouritesCommand
                        .run(ctx().option("action", "remove").option("position", 1))
                        .text())
                .isEqualTo(favouritesCommand.english("favourites.removed", "song"));
        assertThat(favourites.of(ctx()).orElseThrow().entries())
                .extracting(e -> e.info().title())
                .containsExactly("other");
    }

    @Test
    void withoutThePlaylistsPluginFavouritesSaySo() {
        Favourites none = new Favourites(new ActivePlaylist(new RecordingPluginContext("core", dir)));
        CommandRunner command = CommandRunner.of(new FavouritesCommand(none));
        Outcome outcome = command.run(ctx());
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text()).isEqualTo(command.english("favourites.no-store"));
    }
}
