package dev.musicbot.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.playback.RepeatMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileGuildStateStoreTest {
    private static final GuildId GUILD = new GuildId(123_456_789_012_345_678L);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:09:10.123Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private GuildStates store() throws IOException {
        return new GuildStates(new JsonFileGuildStateStore(dir, CLOCK));
    }

    private static String golden() throws IOException {
        try (InputStream in =
                JsonFileGuildStateStoreTest.class.getResourceAsStream("JsonFileGuildStateStoreTest/v1-guild.json")) {
            return new String(Objects.requireNonNull(in, "golden file").readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savedFileMatchesTheGoldenFile() throws IOException {
        GuildStates store = store();
        store.save(GUILD, StateFixtures.fullState());
        assertThat(Files.readString(dir.resolve("123456789012345678.json"))).isEqualTo(golden());
    }

    @Test
    void goldenFileLoadsAsTheStateItPins() throws IOException {
        Files.writeString(dir.resolve("123456789012345678.json"), golden());
        try (LogCapture logs = new LogCapture(JsonFileGuildStateStore.class)) {
            assertThat(store().load(GUILD)).isEqualTo(StateFixtures.fullState());
            assertThat(logs.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void settingsAloneRoundTrip() throws IOException {
        GuildState state = GuildState.DEFAULTS.withSettings(new GuildSettings(0, RepeatMode.TRACK, false, null));
        store().save(GUILD, state);
        assertThat(store().load(GUILD)).isEqualTo(state);
    }

    @Test
    void queueWithEngineAndDeferredTracksRoundTripsToTheSameQueuedTracks() throws IOException {
        store().save(GUILD, StateFixtures.fullState());
        QueueSnapshot queue = store().load(GUILD).queue();
        assertThat(queue).isNotNull().isEqualTo(StateFixtures.queue());
        assertThat(Objects.requireNonNull(queue.current()).toQueuedTrack()).isEqualTo(StateFixtures.engineTrack());
        assertThat(queue.upcoming())
                .map(SnapshotTrack::toQueuedTrack)
                .containsExactly(StateFixtures.deferredTrack(), StateFixtures.streamTrack());
    }

    @Test
    void saveReplacesThePreviousState() throws IOException {
        GuildStates store = store();
        store.save(GUILD, StateFixtures.fullState());
        store.save(GUILD, GuildState.DEFAULTS);
        assertThat(store.load(GUILD)).isEqualTo(GuildState.DEFAULTS);
        assertThat(fileNames()).containsExactly("123456789012345678.json");
    }

    @Test
    void missingFileGivesDefaultsAndCreatesNothing() throws IOException {
        assertThat(store().load(GUILD)).isEqualTo(GuildState.DEFAULTS);
        assertThat(GuildState.DEFAULTS.settings().volume()).isEqualTo(100);
        assertThat(GuildState.DEFAULTS.settings().repeat()).isEqualTo(RepeatMode.OFF);
        assertThat(GuildState.DEFAULTS.queue()).isNull();
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void createsTheDirectory() throws IOException {
        Path nested = dir.resolve("data/guilds");
        new GuildStates(new JsonFileGuildStateStore(nested)).save(GUILD, GuildState.DEFAULTS);
        assertThat(nested.resolve("123456789012345678.json")).isRegularFile();
    }

    @Test
    void corruptFileGivesDefaultsAndIsKeptAside() throws IOException {
        String garbage = "{\"schemaVersion\": 1, \"settings\": {\"volume\": 4";
        Files.writeString(dir.resolve("123456789012345678.json"), garbage);
        try (LogCapture logs = new LogCapture(JsonFileGuildStateStore.class)) {
            assertThat(store().load(GUILD)).isEqualTo(GuildState.DEFAULTS);
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("123456789012345678", "not valid JSON", "corrupt-20250602T080910.123Z");
        }
        assertThat(fileNames()).containsExactly("123456789012345678.json.corrupt-20250602T080910.123Z");
        assertThat(dir.resolve("123456789012345678.json.corrupt-20250602T080910.123Z"))
                .hasContent(garbage);
    }

    @Test
    void aFileThatCannotBeReadIsSetAsideAndTheOtherGuildsStillResume() throws IOException {
        GuildId good = new GuildId(5);
        store().save(good, StateFixtures.fullState());
        Files.createDirectory(dir.resolve("123456789012345678.json")); // reading it fails with an IOException
        try (LogCapture logs = new LogCapture(JsonFileGuildStateStore.class)) {
            assertThat(store().guildsWithQueues()).containsExactly(good);
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("123456789012345678", "cannot be read", "corrupt-20250602T080910.123Z");
        }
        assertThat(fileNames()).containsExactly("123456789012345678.json.corrupt-20250602T080910.123Z", "5.json");
        assertThat(store().load(GUILD)).isEqualTo(GuildState.DEFAULTS);
    }

    @Test
    void notAStateAtAllIsKeptAside() throws IOException {
        for (String content : List.of("", "[1, 2]", "{\"volume\": 50}", "{\"schemaVersion\": 0}", "{} trailing")) {
            Files.writeString(dir.resolve("123456789012345678.json"), content);
            assertThat(store().load(GUILD)).as(content).isEqualTo(GuildState.DEFAULTS);
        }
        assertThat(fileNames())
                .containsExactly(
                        "123456789012345678.json.corrupt-20250602T080910.123Z",
                        "123456789012345678.json.corrupt-20250602T080910.123Z-2",
                        "123456789012345678.json.corrupt-20250602T080910.123Z-3",
                        "123456789012345678.json.corrupt-20250602T080910.123Z-4",
                        "123456789012345678.json.corrupt-20250602T080910.123Z-5");
    }

    @Test
    void newerSchemaVersionGivesDefaultsAndIsKeptAside() throws IOException {
        String future = golden().replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        Files.writeString(dir.resolve("123456789012345678.json"), future);
        GuildStates store = store();
        try (LogCapture logs = new LogCapture(JsonFileGuildStateStore.class)) {
            assertThat(store.load(GUILD)).isEqualTo(GuildState.DEFAULTS);
            assertThat(logs.messages(Level.WARN)).singleElement().asString().contains("newer");
        }
        assertThat(dir.resolve("123456789012345678.json.corrupt-20250602T080910.123Z"))
                .hasContent(future);
        assertThat(store.guildsWithQueues()).isEmpty();
    }

    @Test
    void afterSettingAsideTheNextSaveStartsAfresh() throws IOException {
        Files.writeString(dir.resolve("123456789012345678.json"), "not json");
        GuildStates store = store();
        GuildState loaded = store.load(GUILD);
        store.save(GUILD, loaded.withSettings(loaded.settings().withVolume(20)));
        assertThat(store.load(GUILD).settings().volume()).isEqualTo(20);
        assertThat(fileNames()).hasSize(2);
    }

    @Test
    void leftoverTempFilesAreIgnoredByReaders() throws IOException {
        GuildStates store = store();
        store.save(GUILD, StateFixtures.fullState());
        Files.writeString(dir.resolve("123456789012345678.json.8812.tmp"), "{\"schemaVersion\": 1, \"set");
        Files.writeString(dir.resolve("42.json.77.tmp"), golden());
        assertThat(store.load(GUILD)).isEqualTo(StateFixtures.fullState());
        assertThat(store.load(new GuildId(42))).isEqualTo(GuildState.DEFAULTS);
        assertThat(store.guildsWithQueues()).containsExactly(GUILD);
    }

    @Test
    void leftoverTempFilesAreDeletedOnStartAndOtherFilesKept() throws IOException {
        Files.writeString(dir.resolve("123456789012345678.json"), golden());
        Files.writeString(dir.resolve("123456789012345678.json.8812.tmp"), "{\"schemaVersion\": 1, \"set");
        Files.writeString(dir.resolve("42.json.77.tmp"), "");
        Files.writeString(dir.resolve("notes.tmp"), "mine");
        Files.writeString(dir.resolve("123456789012345678.json.corrupt-20240101T000000.000Z"), "old");
        store();
        assertThat(fileNames())
                .containsExactly(
                        "123456789012345678.json", "123456789012345678.json.corrupt-20240101T000000.000Z", "notes.tmp");
    }

    @Test
    void saveLeavesNoTempFileBehind() throws IOException {
        GuildStates store = store();
        for (int i = 0; i < 5; i++) {
            store.save(GUILD, StateFixtures.numbered(i));
        }
        assertThat(fileNames()).containsExactly("123456789012345678.json");
    }

    @Test
    void guildsWithQueuesListsOnlyGuildsWithASnapshotInIdOrder() throws IOException {
        GuildStates store = store();
        store.save(new GuildId(30), StateFixtures.fullState());
        store.save(new GuildId(4), StateFixtures.fullState());
        store.save(new GuildId(500), GuildState.DEFAULTS);
        store.save(new GuildId(6), GuildState.DEFAULTS.withSettings(StateFixtures.settings()));
        assertThat(store.guildsWithQueues()).containsExactly(new GuildId(4), new GuildId(30));
    }

    @Test
    void guildsWithQueuesSkipsFilesThatAreNotGuildStates() throws IOException {
        GuildStates store = store();
        store.save(GUILD, StateFixtures.fullState());
        for (String name : List.of("007.json", "abc.json", "99999999999999999999.json", "18446744073709551615.json")) {
            Files.writeString(dir.resolve(name), golden());
        }
        Files.writeString(dir.resolve("5.json.corrupt-20240101T000000.000Z"), golden());
        Files.createDirectory(dir.resolve("6.json.d"));
        assertThat(store.guildsWithQueues()).containsExactly(GUILD);
        assertThat(fileNames()).contains("007.json", "abc.json", "99999999999999999999.json");
    }

    @Test
    void clearQueueKeepsTheSettings() throws IOException {
        GuildStates store = store();
        store.save(GUILD, StateFixtures.fullState());
        store.clearQueue(GUILD);
        assertThat(store.load(GUILD)).isEqualTo(GuildState.of(StateFixtures.settings(), null));
        assertThat(store.guildsWithQueues()).isEmpty();
    }

    @Test
    void clearQueueOfAnUnknownGuildWritesNothing() throws IOException {
        store().clearQueue(GUILD);
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void fileNameComesOnlyFromTheGuildId() throws IOException {
        GuildStates store = store();
        GuildState hostile = GuildState.of(
                new GuildSettings(50, RepeatMode.OFF, false, null),
                new QueueSnapshot(
                        StateFixtures.VOICE,
                        StateFixtures.TEXT,
                        new SnapshotTrack("../../etc/passwd", "..\\..", 1, null, null, "x/../y", "a/b", List.of(), 9),
                        0,
                        false,
                        List.of(),
                        StateFixtures.SAVED_AT));
        store.save(new GuildId(Long.MAX_VALUE), hostile);
        store.save(new GuildId(1), hostile);
        assertThat(fileNames()).containsExactly("1.json", "9223372036854775807.json");
        assertThat(new JsonFileGuildStateStore(dir).fileOf(new GuildId(1))).isEqualTo(dir.resolve("1.json"));
        assertThat(store.load(new GuildId(1))).isEqualTo(hostile);
    }
}
