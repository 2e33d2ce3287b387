package dev.musicbot.plugin.playlists;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.BOB;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.ReplyFile;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.PlaylistStore;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.testkit.CommandRunner;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.InMemoryPlaylistStore;
import dev.musicbot.api.testkit.Outcome;
import dev.musicbot.api.testkit.RecordingPluginContext;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.plugin.playlists.store.PlaylistExportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What /delete, /export and /import reply, store and refuse (limits: 3 playlists, 2 songs, names of 20). */
class PlaylistFileCommandsTest {
    @TempDir
    Path dir;

    private final PlaylistStore store = new InMemoryPlaylistStore();
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private CommandRunner delete;
    private CommandRunner export;
    private CommandRunner importer;

    @BeforeEach
    void plugin() {
        RecordingPluginContext plugin = new RecordingPluginContext("playlists", dir);
        plugin.register(PlaylistStore.class, store);
        Playlists playlists = new Playlists(plugin, new PlaylistsConfig.Limits(3, 2, 20));
        delete = CommandRunner.of(new DeleteCommand(playlists));
        export = CommandRunner.of(new ExportCommand(playlists));
        importer = CommandRunner.of(new ImportCommand(playlists));
    }

    private FakeCommandContext ctx() {
        return FakeCommandContext.of(playback);
    }

    /** Songs stored as search words, which import needs no source plugin for. */
    private static PlaylistEntry words(String title) {
        return new PlaylistEntry(title + " official audio", TrackInfo.of(title, Duration.ofSeconds(90)));
    }

    private void alicesParty() {
        store.save(GUILD, new StoredPlaylist("Party", ALICE, List.of(words("one"), words("two"))));
    }

    private Button button(Outcome outcome, String prefix) {
        return outcome.reply().buttons().stream()
                .filter(b -> b.action().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void deleteAsksFirstAndDeletesOnlyOnConfirmation() {
        alicesParty();
        Outcome asked = delete.run(ctx().option("name", "party"));
        assertThat(asked.ephemeral()).isTrue();
        assertThat(asked.text()).isEqualTo(delete.english("delete.ask", "Party", delete.english("songs", 2)));
        assertThat(asked.reply().buttons())
                .extracting(Button::label, Button::style)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(delete.english("delete.confirm"), Button.Style.DANGER),
                        org.assertj.core.groups.Tuple.tuple(delete.english("delete.cancel"), Button.Style.SECONDARY));
        assertThat(store.find(GUILD, "Party"))
                .as("nothing deleted before the click")
                .isPresent();
        String confirm = button(asked, "confirm:").action();
        assertThat(delete.click(confirm, ctx().caller(BOB)).text())
                .as("another member's click")
                .isEqualTo(delete.english("delete.nothing-pending"));
        assertThat(store.find(GUILD, "Party")).isPresent();
        Outcome deleted = delete.click(confirm, ctx());
        assertThat(deleted.ephemeral()).isTrue();
        assertThat(deleted.text()).isEqualTo(delete.english("delete.done", "Party"));
        assertThat(store.find(GUILD, "Party")).isEmpty();
        assertThat(delete.click(confirm, ctx()).text()).isEqualTo(delete.english("delete.nothing-pending"));
    }

    @Test
    void cancellingKeepsThePlaylist() {
        alicesParty();
        Outcome asked = delete.run(ctx().option("name", "Party"));
        assertThat(delete.click(button(asked, "cancel:").action(), ctx()).text())
                .isEqualTo(delete.english("delete.kept", "Party"));
        assertThat(store.find(GUILD, "Party")).isPresent();
        assertThat(delete.click(button(asked, "confirm:").action(), ctx()).text())
                .isEqualTo(delete.english("delete.nothing-pending"));
    }

    @Test
    void deleteIsForTheOwnerOrAManagerAndNamesAnUnknownPlaylist() {
        alicesParty();
        assertThat(delete.run(ctx().caller(BOB).option("name", "Party")).text())
                .isEqualTo(delete.english("playlist.not-owner", "Party"));
        assertThat(delete.run(ctx().option("name", "Nope")).text())
                .isEqualTo(delete.english("playlist.unknown", "Nope"));
        Outcome manager = delete.run(ctx().caller(BOB).managesGuild(true).option("name", "Party"));
        delete.click(button(manager, "confirm:").action(), ctx().caller(BOB).managesGuild(true));
        assertThat(store.find(GUILD, "Party")).isEmpty();
        assertThat(delete.click("confirm:x", ctx()).text()).isEqualTo(delete.english("delete.nothing-pending"));
        assertThat(delete.click("confirm", ctx()).text()).isEqualTo(delete.english("delete.nothing-pending"));
    }

    @Test
    void exportAttachesAFileThatImportReadsBack() throws IOException {
        alicesParty();
        Outcome exported = export.run(ctx().caller(BOB).option("playlist", "party"));
        assertThat(exported.ephemeral()).isFalse();
        assertThat(exported.text()).isEqualTo(export.english("export.done", "Party", export.english("songs", 2)));
        ReplyFile file = exported.reply().files().getFirst();
        assertThat(file.fileName()).isEqualTo("Party.json");
        StoredPlaylist decoded = PlaylistExportFormat.decode(file.content(), 10);
        assertThat(decoded.entries())
                .extracting(PlaylistEntry::query)
                .containsExactly("one official audio", "two official audio");

        Outcome imported = importer.run(ctx().caller(BOB)
                .attachment("file", file.fileName(), file.content())
                .option("name", "Bobs party"));
        assertThat(imported.text())
                .isEqualTo(importer.english("import.done", "Bobs party", importer.english("songs", 2)));
        StoredPlaylist copy = store.find(GUILD, "Bobs party").orElseThrow();
        assertThat(copy.owner()).as("the importer owns the copy").isEqualTo(BOB);
        assertThat(copy.entries())
                .isEqualTo(store.find(GUILD, "Party").orElseThrow().entries());
    }

    @Test
    void exportNamesTheFileSafely() {
        assertThat(ExportCommand.fileName("Road trip: 2024/25")).isEqualTo("Road_trip__2024_25.json");
        assertThat(ExportCommand.fileName("***")).isEqualTo("___.json");
        assertThat(export.run(ctx().option("playlist", "nope")).text())
                .isEqualTo(export.english("playlist.unknown", "nope"));
    }

    @Test
    void importOfATakenNameSuggestsAFreeOne() {
        alicesParty();
        byte[] file = PlaylistExportFormat.encode(store.find(GUILD, "Party").orElseThrow());
        Outcome taken = importer.run(ctx().attachment("file", "Party.json", file));
        assertThat(taken.ephemeral()).isTrue();
        assertThat(taken.text()).isEqualTo(importer.english("import.taken", "Party", "Party (2)"));
        assertThat(store.list(GUILD)).hasSize(1);
    }

    @Test
    void importNeedsAJsonFileOfAReadableSize() {
        Outcome none = importer.run(ctx());
        assertThat(none.text()).isEqualTo(importer.english("import.attach"));
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.run(ctx().attachment("file", "notes.txt", text)).text())
                .isEqualTo(importer.english("import.not-json"));
        byte[] huge = new byte[ImportCommand.MAX_BYTES + 1];
        assertThat(importer.run(ctx().attachment("file", "big.json", huge)).text())
                .isEqualTo(importer.english("import.too-large", ImportCommand.MAX_BYTES / 1024));
        Outcome unreadable = importer.run(ctx().attachment("file", "party.json", text));
        assertThat(unreadable.ephemeral()).isTrue();
        assertThat(unreadable.text())
                .startsWith(importer.english("import.unreadable", "").replaceAll("\\.$", ""));
        assertThat(store.list(GUILD)).isEmpty();
    }

    @Test
    void importRefusesMoreSongsThanAPlaylistHoldsAndSongsItCannotPlay() {
        byte[] three = PlaylistExportFormat.encode(
                new StoredPlaylist("Big", ALICE, List.of(words("a"), words("b"), words("c"))));
        assertThat(importer.run(ctx().attachment("file", "Big.json", three)).text())
                .isEqualTo(importer.english("import.too-many", 3, 2));
        PlaylistEntry link =
                new PlaylistEntry("https://example.org/a.ogg", track("a", 60).info());
        byte[] unplayable = PlaylistExportFormat.encode(new StoredPlaylist("Links", ALICE, List.of(words("b"), link)));
        assertThat(importer.run(ctx().attachment("file", "Links.json", unplayable))
                        .text())
                .isEqualTo(importer.english(
                        "import.bad-song",
                        2,
                        "https://example.org/a.ogg",
                        importer.english("import.problem.unplayable")));
        PlaylistEntry foreign = new PlaylistEntry(
                "bandcamp:https://example.org/a", track("a", 60).info());
        byte[] unknownSource = PlaylistExportFormat.encode(new StoredPlaylist("Foreign", ALICE, List.of(foreign)));
        assertThat(importer.run(ctx().attachment("file", "Foreign.json", unknownSource))
                        .text())
                .isEqualTo(importer.english(
                        "import.bad-song",
                        1,
                        "bandcamp:https://example.org/a",
                        importer.english("import.problem.unknown-source", "bandcamp")));
        assertThat(store.list(GUILD)).isEmpty();
    }

    @Test
    void importedNamesFollowTheNameRules() {
        byte[] file = PlaylistExportFormat.encode(new StoredPlaylist("Party", ALICE, List.of(words("a"))));
        assertThat(importer.run(ctx().attachment("file", "p.json", file).option("name", "x".repeat(21)))
                        .text())
                .isEqualTo(importer.english("name.too-long", 20));
        assertThat(store.list(GUILD)).isEmpty();
    }
}
