package dev.musicbot.plugin.playlists;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Choice;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Precondition;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What /create, /add, /addto, /use, /save, /playlists and /playlist reply, store and refuse, against an in-memory
 * store and a fake player (limits: 3 playlists, 2 songs each, names of 20 characters).
 */
class PlaylistCommandsTest {
    @TempDir
    Path dir;

    private final PlaylistStore store = new InMemoryPlaylistStore();
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private final FakeTrackLoader loader = new FakeTrackLoader();
    private Playlists playlists;
    private CommandRunner create;
    private CommandRunner addto;
    private CommandRunner add;

    @BeforeEach
    void plugin() {
        RecordingPluginContext plugin = new RecordingPluginContext("playlists", dir);
        plugin.register(PlaylistStore.class, store);
        playlists = new Playlists(plugin, new PlaylistsConfig.Limits(3, 2, 20));
        create = CommandRunner.of(new CreateCommand(playlists));
        addto = CommandRunner.of(AddCommand.toNamed(playlists));
        add = CommandRunner.of(AddCommand.toActive(playlists));
        for (int i = 1; i <= 4; i++) {
            loader.answer("https://example.org/song-" + i, track("song-" + i, 120));
        }
    }

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback).tracks(loader);
    }

    private List<String> songs(String name) {
        return store.find(GUILD, name).orElseThrow().entries().stream()
                .map(entry -> entry.info().title())
                .toList();
    }

    private Outcome create(String name) {
        return create.run(ctx().option("name", name));
    }

    private void addTo(String playlist, String... songs) {
        for (String song : songs) {
            Outcome added = addto.run(ctx().option("playlist", playlist).option("song", "https://example.org/" + song));
            assertThat(added.error()).as(song).isEmpty();
        }
    }

    @Test
    void createStoresAnEmptyPlaylistOwnedByTheCaller() {
        Outcome created = create("Road Trip");
        assertThat(created.ephemeral()).isFalse();
        assertThat(created.text()).isEqualTo(create.english("create.done", "Road Trip"));
        assertThat(store.find(GUILD, "road trip")).map(StoredPlaylist::owner).contains(ALICE);
        assertThat(songs("Road Trip")).isEmpty();
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void createRefusesATakenNameInAnyCaseAndMoreThanTheLimit() {
        create("Road Trip");
        Outcome taken = create("ROAD TRIP");
        assertThat(taken.ephemeral()).isTrue();
        assertThat(taken.text()).isEqualTo(create.english("name.taken", "ROAD TRIP"));
        create("two");
        create("three");
        assertThat(create("four").text()).isEqualTo(create.english("playlist.limit", 3));
        assertThat(store.list(GUILD)).extracting(StoredPlaylist::name).containsExactly("Road Trip", "three", "two");
    }

    @Test
    void createRefusesNamesThatAreBlankTooLongOrControlCharactersAndStripsSpaces() {
        assertThat(create("   ").text()).isEqualTo(create.english("name.blank"));
        assertThat(create("x".repeat(21)).text()).isEqualTo(create.english("name.too-long", 20));
        assertThat(create("a\u0000b").text()).isEqualTo(create.english("name.control"));
        assertThat(create("a\u200Bb").text()).as("a zero-width space").isEqualTo(create.english("name.control"));
        assertThat(store.list(GUILD)).isEmpty();
        create("  padded  ");
        assertThat(store.find(GUILD, "padded")).isPresent();
    }

    @Test
    void createEscapesMarkdownInTheReply() {
        assertThat(create("*bold*").text()).isEqualTo(create.english("create.done", "\\*bold\\*"));
        assertThat(store.find(GUILD, "*bold*")).isPresent();
    }

    @Test
    void addtoResolvesTheSongAndAppendsItUpToTheLimit() {
        create("mix");
        Outcome first = addto.run(ctx().option("playlist", "mix").option("song", "https://example.org/song-1"));
        assertThat(first.text()).isEqualTo(addto.english("add.done", "**song-1**", "mix", addto.english("songs", 1)));
        addTo("mix", "song-2");
        Outcome full = addto.run(ctx().option("playlist", "mix").option("song", "https://example.org/song-3"));
        assertThat(full.ephemeral()).isTrue();
        assertThat(full.text()).isEqualTo(addto.english("add.full", addto.english("songs", 2), "mix", 2));
        assertThat(songs("mix")).containsExactly("song-1", "song-2");
        assertThat(store.find(GUILD, "mix").orElseThrow().entries())
                .extracting(PlaylistEntry::query)
                .containsExactly("https://example.org/song-1.ogg", "https://example.org/song-2.ogg");
    }

    @Test
    void addingAPlaylistLinkAddsEverySongOrNoneWhenTheyDoNotFit() {
        create("mix");
        loader.answer(
                "https://example.org/list",
                new ResolveResult.Playlist("List", List.of(track("a", 60), track("b", 60)), -1));
        assertThat(addto.run(ctx().option("playlist", "mix").option("song", "https://example.org/list"))
                        .text())
                .isEqualTo(addto.english("add.done", addto.english("songs", 2), "mix", addto.english("songs", 2)));
        create("other");
        addTo("other", "song-1");
        assertThat(addto.run(ctx().option("playlist", "other").option("song", "https://example.org/list"))
                        .text())
                .isEqualTo(addto.english("add.full", addto.english("songs", 2), "other", 1));
        assertThat(songs("other")).containsExactly("song-1");
    }

    @Test
    void addToTheActivePlaylistNeedsOneAndASongThatResolves() {
        Outcome noneActive = add.run(ctx().option("song", "https://example.org/song-1"));
        assertThat(noneActive.ephemeral()).isTrue();
        assertThat(noneActive.text()).isEqualTo(add.english("add.none-active"));
        create("mix");
        store.setActive(GUILD, "mix");
        Outcome nothing = add.run(ctx().option("song", "no such thing"));
        assertThat(nothing.ephemeral()).isTrue();
        assertThat(nothing.text()).isEqualTo("nothing found for no such thing");
        assertThat(songs("mix")).isEmpty();
        assertThat(add.run(ctx().option("song", "https://example.org/song-4")).text())
                .isEqualTo(add.english("add.done", "**song-4**", "mix", add.english("songs", 1)));
    }

    @Test
    void aSongOfOnlySpacesIsAskedForAgainWithoutLookingUp() {
        create("mix");
        Outcome blank = addto.run(ctx().option("playlist", "mix").option("song", " \u2003 "));
        assertThat(blank.ephemeral()).isTrue();
        assertThat(blank.text()).isEqualTo(addto.english("add.what"));
        assertThat(loader.inputs()).isEmpty();
        assertThat(songs("mix")).isEmpty();
    }

    @Test
    void addtoAnUnknownPlaylistPointsToTheListWithoutLookingUp() {
        Outcome unknown = addto.run(ctx().option("playlist", "nope").option("song", "https://example.org/song-1"));
        assertThat(unknown.text()).isEqualTo(addto.english("playlist.unknown", "nope"));
        assertThat(loader.inputs()).isEmpty();
    }

    @Test
    void onlyTheOwnerOrAServerManagerChangesAPlaylist() {
        create("alices");
        FakeCommandContext bob =
                ctx().caller(BOB).option("playlist", "alices").option("song", "https://example.org/song-1");
        Outcome refused = addto.run(bob);
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).isEqualTo(addto.english("playlist.not-owner", "alices"));
        assertThat(loader.inputs()).as("refused before the lookup").isEmpty();
        assertThat(CommandRunner.of(AddCommand.toNamed(playlists))
                        .run(bob.dj(true))
                        .text())
                .as("a DJ is not a server manager")
                .isEqualTo(addto.english("playlist.not-owner", "alices"));
        addto.run(bob.managesGuild(true));
        assertThat(songs("alices")).containsExactly("song-1");
    }

    @Test
    void useActivatesAndQueuesTheSongsWhenTheCallerIsInVoice() {
        create("mix");
        addTo("mix", "song-1", "song-2");
        CommandRunner use = CommandRunner.of(new UseCommand(playlists));
        assertThat(use.run(ctx().inVoice(Optional.empty()).option("playlist", "MIX"))
                        .text())
                .isEqualTo(use.english("use.not-in-voice", "**mix**"));
        assertThat(store.active(GUILD)).contains("mix");
        assertThat(playback.asked()).isEmpty();
        assertThat(use.run(ctx().option("playlist", "mix")).text())
                .isEqualTo(use.english("use.queued", "**mix**", use.english("songs", 2)));
        assertThat(playback.asked())
                .containsExactly("join(" + VOICE + ")", "enqueue(song-1, alice)", "enqueue(song-2, alice)");
    }

    @Test
    void useFromOutsideTheChannelTheBotPlaysInChangesNothing() {
        create("mix");
        addTo("mix", "song-1");
        playback.connectedTo(new ChannelId(VOICE.value() + 1));
        CommandRunner use = CommandRunner.of(new UseCommand(playlists));
        assertThat(use.run(ctx().option("playlist", "mix")).refusal()).contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(use.run(ctx().inVoice(Optional.empty()).option("playlist", "mix"))
                        .refusal())
                .contains(Precondition.SAME_VOICE_CHANNEL);
        assertThat(store.active(GUILD)).isEmpty();
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void useOfAnEmptyPlaylistMakesItActiveAndSaysHowToFillIt() {
        create("empty");
        CommandRunner use = CommandRunner.of(new UseCommand(playlists));
        assertThat(use.run(ctx().option("playlist", "empty")).text()).isEqualTo(use.english("use.empty", "**empty**"));
        assertThat(store.active(GUILD)).contains("empty");
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void useStopsQueueingWhenTheQueueIsFullAndSaysHowManyWent() {
        create("mix");
        addTo("mix", "song-1", "song-2");
        playback.playing(VOICE, BOB, track("playing", 60)).queueLimit(1);
        CommandRunner use = CommandRunner.of(new UseCommand(playlists));
        assertThat(use.run(ctx().option("playlist", "mix")).text())
                .isEqualTo(use.english("use.queued", "**mix**", use.english("songs", 1)));
        assertThat(playback.queuedTitles()).containsExactly("song-1");
    }

    @Test
    void useOfAnUnknownPlaylistPointsToTheList() {
        CommandRunner use = CommandRunner.of(new UseCommand(playlists));
        Outcome unknown = use.run(ctx().option("playlist", "nope"));
        assertThat(unknown.ephemeral()).isTrue();
        assertThat(unknown.text()).isEqualTo(use.english("playlist.unknown", "nope"));
        assertThat(store.active(GUILD)).isEmpty();
    }

    @Test
    void saveKeepsTheCurrentTrackAndTheQueueInOrderWithinTheLimit() {
        CommandRunner save = CommandRunner.of(new SaveCommand(playlists));
        Outcome empty = save.run(ctx().option("name", "tonight"));
        assertThat(empty.ephemeral()).isTrue();
        assertThat(empty.text()).isEqualTo(save.english("save.empty"));
        playback.playing(VOICE, BOB, track("now", 60), track("next", 60), track("later", 60));
        assertThat(save.run(ctx().option("name", "tonight")).text())
                .isEqualTo(save.english("save.done", save.english("songs", 2), "tonight"));
        assertThat(songs("tonight")).containsExactly("now", "next");
        assertThat(store.find(GUILD, "tonight").orElseThrow().owner()).isEqualTo(ALICE);
        assertThat(save.run(ctx().option("name", "Tonight")).text()).isEqualTo(save.english("name.taken", "Tonight"));
        assertThat(playback.asked()).as("saving changes nothing in the player").isEmpty();
    }

    @Test
    void playlistsListsEveryPlaylistAndStarsTheActiveOne() {
        CommandRunner list = CommandRunner.of(new ListPlaylistsCommand(playlists));
        Outcome none = list.run(ctx());
        assertThat(none.ephemeral()).isTrue();
        assertThat(none.text()).isEqualTo(list.english("list.none"));
        create("b-side");
        create("a-side");
        addTo("a-side", "song-1");
        store.setActive(GUILD, "b-side");
        Embed embed = list.run(ctx()).reply().embeds().getFirst();
        assertThat(embed.title()).isEqualTo(list.english("list.title", 2));
        assertThat(embed.description())
                .isEqualTo("• **a-side** · " + list.english("songs", 1) + "\n★ **b-side** · " + list.english("songs", 0)
                        + " " + list.english("list.active") + "\n");
    }

    @Test
    void playlistShowsItsSongsInPagesWithTheOwnerAndTotal() {
        RecordingPluginContext plugin = new RecordingPluginContext("playlists", dir);
        plugin.register(PlaylistStore.class, store);
        Playlists roomy = new Playlists(plugin, new PlaylistsConfig.Limits(3, 50, 20));
        List<PlaylistEntry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            entries.add(Entries.entry(track("song-" + i, 60)));
        }
        store.save(GUILD, new StoredPlaylist("Long", BOB, entries));
        store.setActive(GUILD, "Long");
        CommandRunner show = CommandRunner.of(new ShowPlaylistCommand(roomy));
        Outcome first = show.run(ctx().option("name", "long"));
        Embed page = first.reply().embeds().getFirst();
        assertThat(page.title()).isEqualTo("★ Long");
        assertThat(page.description())
                .startsWith("`1.` **song-1** (1:00)\n")
                .contains("`10.` **song-10**")
                .doesNotContain("song-11");
        assertThat(page.footer())
                .isEqualTo(show.english("show.footer", show.english("songs", 12), "12:00", "<@" + BOB + ">", 1, 2));
        assertThat(first.reply().buttons()).extracting(Button::action).containsExactly("page:0:0", "page:2:0");
        Embed second = show.click("page:2:0", ctx()).reply().embeds().getFirst();
        assertThat(second.description()).isEqualTo("`11.` **song-11** (1:00)\n`12.` **song-12** (1:00)\n");
        store.delete(GUILD, "Long");
        Outcome gone = show.click("page:2:0", ctx());
        assertThat(gone.ephemeral()).isTrue();
        assertThat(gone.text()).isEqualTo(show.english("show.changed"));
    }

    @Test
    void anEmptyPlaylistSaysHowToFillItAndAnUnknownOnePointsToTheList() {
        create("empty");
        CommandRunner show = CommandRunner.of(new ShowPlaylistCommand(playlists));
        assertThat(show.run(ctx().option("name", "empty"))
                        .reply()
                        .embeds()
                        .getFirst()
                        .description())
                .isEqualTo(show.english("show.empty"));
        assertThat(show.run(ctx().option("name", "nope")).text()).isEqualTo(show.english("playlist.unknown", "nope"));
    }

    @Test
    void playlistNamesAreSuggestedByWhatWasTyped() {
        create("Party");
        create("Study");
        create("Party Hard");
        for (CommandRunner command : List.of(
                CommandRunner.of(new UseCommand(playlists)),
                CommandRunner.of(new ShowPlaylistCommand(playlists)),
                CommandRunner.of(new DeleteCommand(playlists)),
                CommandRunner.of(new ExportCommand(playlists)))) {
            String option = command.handler().spec().options().getFirst().name();
            assertThat(command.autocomplete(option, "PART", ctx()))
                    .as(command.handler().spec().name())
                    .extracting(Choice::value)
                    .containsExactly("Party", "Party Hard");
        }
        assertThat(addto.autocomplete("playlist", "stu", ctx()))
                .extracting(Choice::value)
                .containsExactly("Study");
        assertThat(addto.autocomplete("song", "stu", ctx())).isEmpty();
        assertThat(create.autocomplete("name", "P", ctx())).isEmpty();
    }

    /** A store whose disk fails: reads, writes, or both. */
    private static final class BrokenStore implements PlaylistStore {
        private final PlaylistStore kept = new InMemoryPlaylistStore();
        private boolean readsFail;
        private boolean writesFail;

        private void check(boolean fails) {
            if (fails) {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }
        }

        @Override
        public String id() {
            return "broken";
        }

        @Override
        public List<StoredPlaylist> list(dev.musicbot.api.GuildId guild) {
            check(readsFail);
            return kept.list(guild);
        }

        @Override
        public Optional<StoredPlaylist> find(dev.musicbot.api.GuildId guild, String name) {
            check(readsFail);
            return kept.find(guild, name);
        }

        @Override
        public void save(dev.musicbot.api.GuildId guild, StoredPlaylist playlist) {
            check(writesFail);
            kept.save(guild, playlist);
        }

        @Override
        public boolean delete(dev.musicbot.api.GuildId guild, String name) {
            check(writesFail);
            return kept.delete(guild, name);
        }

        @Override
        public Optional<String> active(dev.musicbot.api.GuildId guild) {
            check(readsFail);
            return kept.active(guild);
        }

        @Override
        public void setActive(dev.musicbot.api.GuildId guild, String name) {
            check(writesFail);
            kept.setActive(guild, name);
        }
    }

    @Test
    void aFailingDiskIsAFaultThatSaysNothingWasChanged() {
        BrokenStore broken = new BrokenStore();
        RecordingPluginContext plugin = new RecordingPluginContext("playlists", dir);
        plugin.register(PlaylistStore.class, broken);
        Playlists onBrokenDisk = new Playlists(plugin, new PlaylistsConfig.Limits(3, 2, 20));
        broken.writesFail = true;
        Outcome notSaved = CommandRunner.of(new CreateCommand(onBrokenDisk)).run(ctx().option("name", "mix"));
        assertThat(notSaved.ephemeral()).isTrue();
        assertThat(notSaved.text()).isEqualTo(create.english("store.cannot-save"));
        assertThat(notSaved.error()).map(e -> e.severity()).contains(Severity.FAULT);
        broken.writesFail = false;
        broken.readsFail = true;
        Outcome notRead =
                CommandRunner.of(new ListPlaylistsCommand(onBrokenDisk)).run(ctx());
        assertThat(notRead.text()).isEqualTo(create.english("store.cannot-read"));
        assertThat(notRead.error()).map(e -> e.severity()).contains(Severity.FAULT);
        broken.readsFail = false;
        assertThat(broken.list(GUILD)).isEmpty();
    }

    @Test
    void withoutAStoreEveryCommandApologisesAsAFault() {
        Playlists none =
                new Playlists(new RecordingPluginContext("playlists", dir), new PlaylistsConfig.Limits(3, 2, 20));
        Outcome outcome = CommandRunner.of(new ListPlaylistsCommand(none)).run(ctx());
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text()).isEqualTo(create.english("store.none"));
        assertThat(outcome.error()).map(e -> e.severity()).contains(Severity.FAULT);
    }
}
