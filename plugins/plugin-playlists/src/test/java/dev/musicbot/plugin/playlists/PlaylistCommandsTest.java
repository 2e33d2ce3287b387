package dev.musicbot.plugin.playlists;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.command.Reply;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.InMemoryPlaylistStore;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the playlist commands reply, store and refuse, against an in-memory store and a fake player. */
class PlaylistCommandsTest {
    /** Resolves "song-N" links to a track of that title, and nothing else. */
    private static final TrackLoader LOADER = query -> query.input().startsWith("https://example.org/song-")
            ? new ResolveResult.Single(track(query.input().substring("https://example.org/".length()), 120))
            : new ResolveResult.NoMatch("Nothing found for " + query.input() + ".");

    @TempDir
    Path dir;

    private final PlaylistStore store = new InMemoryPlaylistStore();
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private Playlists playlists;

    @BeforeEach
    void plugin() {
        RecordingPluginContext plugin = new RecordingPluginContext("playlists", dir);
        plugin.register(PlaylistStore.class, store);
        playlists = new Playlists(plugin, new PlaylistsConfig.Limits(3, 2, 20));
    }

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback).tracks(LOADER);
    }

    private List<String> songs(String name) {
        return store.find(GUILD, name).orElseThrow().entries().stream()
                .map(entry -> entry.info().title())
                .toList();
    }

    private Reply create(String name) {
        return new CreateCommand(playlists).handle(ctx().option("name", name));
    }

    @Test
    void createStoresAnEmptyPlaylistOwnedByTheCallerAndRefusesCollisionsAndTheLimit() {
        assertThat(create("Road Trip").content()).startsWith("Created playlist **Road Trip**");
        assertThat(store.find(GUILD, "road trip")).map(StoredPlaylist::owner).contains(ALICE);
        assertThatThrownBy(() -> create("ROAD TRIP")).hasMessageContaining("already exists");
        create("two");
        create("three");
        assertThatThrownBy(() -> create("four")).hasMessageContaining("the most playlists allowed (3)");
    }

    @Test
    void createRefusesNamesThatAreBlankTooLongOrControlCharactersAndStripsSpaces() {
        assertThatThrownBy(() -> create("   ")).hasMessageContaining("at least one visible character");
        assertThatThrownBy(() -> create("x".repeat(21))).hasMessageContaining("at most 20 characters");
        assertThatThrownBy(() -> create("a\u0000b")).hasMessageContaining("control characters");
        create("  padded  ");
        assertThat(store.find(GUILD, "padded")).isPresent();
    }

    @Test
    void addtoResolvesTheSongAndAppendsItUpToTheLimit() {
        create("mix");
        AddCommand addto = AddCommand.toNamed(playlists);
        assertThat(addto.handle(ctx().option("playlist", "mix").option("song", "https://example.org/song-1"))
                        .content())
                .isEqualTo("Added **song-1** to **mix** (1 song).");
        addto.handle(ctx().option("playlist", "mix").option("song", "https://example.org/song-2"));
        assertThatThrownBy(() ->
                        addto.handle(ctx().option("playlist", "mix").option("song", "https://example.org/song-3")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("holds at most 2 songs");
        assertThat(songs("mix")).containsExactly("song-1", "song-2");
    }

    @Test
    void addToTheActivePlaylistNeedsOneAndASongThatResolves() {
        AddCommand add = AddCommand.toActive(playlists);
        assertThatThrownBy(() -> add.handle(ctx().option("song", "https://example.org/song-1")))
                .hasMessageContaining("No playlist is active");
        create("mix");
        store.setActive(GUILD, "mix");
        assertThatThrownBy(() -> add.handle(ctx().option("song", "no such thing")))
                .hasMessage("Nothing found for no such thing.");
        assertThat(songs("mix")).isEmpty();
    }

    @Test
    void onlyTheOwnerOrAServerManagerChangesAPlaylist() {
        create("alices");
        AddCommand addto = AddCommand.toNamed(playlists);
        FakeCommandContext bob =
                ctx().caller(BOB).option("playlist", "alices").option("song", "https://example.org/song-1");
        assertThatThrownBy(() -> addto.handle(bob)).hasMessageContaining("Only the member who created **alices**");
        addto.handle(bob.managesGuild(true));
        assertThat(songs("alices")).containsExactly("song-1");
    }

    @Test
    void useActivatesAndQueuesTheSongsWhenTheCallerIsInVoice() {
        create("mix");
        AddCommand.toNamed(playlists)
                .handle(ctx().option("playlist", "mix").option("song", "https://example.org/song-1"));
        UseCommand use = new UseCommand(playlists);
        assertThat(use.handle(ctx().inVoice(Optional.empty()).option("playlist", "MIX"))
                        .content())
                .contains("Join a voice channel");
        assertThat(store.active(GUILD)).contains("mix");
        assertThat(use.handle(ctx().option("playlist", "mix")).content())
                .isEqualTo("Active playlist: **mix**. Queued 1 song.");
        assertThat(playback.voiceChannel()).contains(VOICE);
        assertThat(playback.current()).map(q -> q.track().info().title()).contains("song-1");
    }

    @Test
    void useOfAnUnknownPlaylistPointsToTheList() {
        assertThatThrownBy(() -> new UseCommand(playlists).handle(ctx().option("playlist", "nope")))
                .hasMessageContaining("There is no playlist called **nope**. See /playlists.");
    }

    @Test
    void saveKeepsTheCurrentTrackAndTheQueueInOrderWithinTheLimit() {
        assertThat(new SaveCommand(playlists)
                        .handle(ctx().option("name", "tonight"))
                        .content())
                .contains("nothing to save");
        playback.playing(VOICE, ALICE, track("now", 60), track("next", 60), track("later", 60));
        assertThat(new SaveCommand(playlists)
                        .handle(ctx().option("name", "tonight"))
                        .content())
                .isEqualTo("Saved 2 songs as **tonight**.");
        assertThat(songs("tonight")).containsExactly("now", "next");
        assertThat(store.find(GUILD, "tonight").orElseThrow().entries())
                .extracting(PlaylistEntry::query)
                .containsExactly("https://example.org/now.ogg", "https://example.org/next.ogg");
    }

    @Test
    void playlistsListsEveryPlaylistAndStarsTheActiveOne() {
        assertThat(new ListPlaylistsCommand(playlists).handle(ctx()).content()).contains("no playlists yet");
        create("b-side");
        create("a-side");
        store.setActive(GUILD, "b-side");
        Reply list = new ListPlaylistsCommand(playlists).handle(ctx());
        assertThat(list.embeds().getFirst().title()).isEqualTo("Playlists (2)");
        assertThat(list.embeds().getFirst().description())
                .isEqualTo("• **a-side** · 0 songs\n★ **b-side** · 0 songs (active)\n");
    }
}
