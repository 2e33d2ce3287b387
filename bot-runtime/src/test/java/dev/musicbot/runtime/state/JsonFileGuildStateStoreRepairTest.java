package dev.musicbot.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.musicbot.api.GuildId;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import dev.musicbot.api.playback.RepeatMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hand-edited file is repaired on load, with a warning, and never set aside or allowed to crash the bot. */
class JsonFileGuildStateStoreRepairTest {
    private static final GuildId GUILD = new GuildId(77);

    @TempDir
    Path dir;

    private GuildState loadWithWarning(String json) throws IOException {
        Files.writeString(dir.resolve("77.json"), json);
        try (LogCapture logs = new LogCapture(GuildStates.class)) {
            GuildState state = new GuildStates(new JsonFileGuildStateStore(dir)).load(GUILD);
            assertThat(logs.messages(Level.WARN)).singleElement().asString().contains("Guild 77", "repaired");
            assertThat(dir.resolve("77.json")).hasContent(json);
            return state;
        }
    }

    private static String settings(String fields) {
        return "{\"schemaVersion\": 1, \"settings\": {" + fields + "}, \"queue\": null}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "150 | 100",
                "-5 | 0",
                "1e9 | 100",
                "99999999999999999999999 | 100",
                "42.7 | 42",
                "'\"loud\"' | 100",
                "true | 100"
            })
    void volumeIsClampedOrDefaulted(String written, int loaded) throws IOException {
        assertThat(loadWithWarning(settings("\"volume\": " + written))
                        .settings()
                        .volume())
                .isEqualTo(loaded);
    }

    @Test
    void unknownRepeatModeFallsBackToOff() throws IOException {
        GuildState state = loadWithWarning(settings("\"volume\": 60, \"repeat\": \"SHUFFLE\""));
        assertThat(state.settings()).isEqualTo(new GuildSettings(60, RepeatMode.OFF, false, null));
    }

    @Test
    void invalidFiltersAreTurnedOff() throws IOException {
        for (String filters : List.of(
                "{\"preset\": \"LOUDER\"}",
                "{\"preset\": \"BASS_BOOST\", \"level\": 9}",
                "{\"preset\": \"KARAOKE\", \"equalizer\": [1, 2]}",
                "{\"preset\": \"OFF\", \"equalizer\": [\"loud\"]}",
                "[]")) {
            GuildState state = loadWithWarning(settings("\"volume\": 60, \"filters\": " + filters));
            assertThat(state.settings()).as(filters).isEqualTo(new GuildSettings(60, RepeatMode.OFF, false, null));
        }
    }

    @Test
    void validFiltersAreRead() throws IOException {
        Files.writeString(dir.resolve("77.json"), settings("\"filters\": {\"preset\": \"NIGHTCORE\", \"level\": 0}"));
        assertThat(new GuildStates(new JsonFileGuildStateStore(dir))
                        .load(GUILD)
                        .settings()
                        .filters())
                .isEqualTo(AudioFilters.of(FilterPreset.NIGHTCORE));
    }

    @Test
    void badDjRoleAndFlagAreDropped() throws IOException {
        GuildState state = loadWithWarning(settings("\"stay247\": \"yes\", \"djRoleId\": \"../../x\""));
        assertThat(state.settings()).isEqualTo(GuildSettings.DEFAULTS);
    }

    @Test
    void settingsThatAreNotAnObjectGiveDefaults() throws IOException {
        assertThat(loadWithWarning("{\"schemaVersion\": 1, \"settings\": [1]}")).isEqualTo(GuildState.DEFAULTS);
    }

    @Test
    void lenientButValidSpellingsNeedNoRepair() throws IOException {
        Files.writeString(
                dir.resolve("77.json"),
                settings("\"repeat\": \"queue\", \"djRoleId\": 5, \"extra\": {\"ignored\": true}"));
        try (LogCapture logs = new LogCapture(GuildStates.class)) {
            GuildState state = new GuildStates(new JsonFileGuildStateStore(dir)).load(GUILD);
            assertThat(state.settings()).isEqualTo(new GuildSettings(100, RepeatMode.QUEUE, false, "5"));
            assertThat(logs.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void badTracksAreDroppedAndTheRestKept() throws IOException {
        String good = "{\"title\": \"Good\", \"sourceId\": \"http\", \"engineIdentifier\": \"http://a\","
                + " \"requesterId\": 9}";
        String json = "{\"schemaVersion\": 1, \"queue\": {\"voiceChannelId\": 10, \"textChannelId\": 11,"
                + " \"current\": {\"title\": \" \", \"sourceId\": \"http\", \"engineIdentifier\": \"x\","
                + " \"requesterId\": 9},"
                + " \"positionMillis\": -4, \"paused\": 1, \"savedAt\": \"yesterday\", \"upcoming\": ["
                + good + ", 7, {\"title\": \"Both\", \"sourceId\": \"s\", \"engineIdentifier\": \"x\","
                + " \"deferredCandidates\": [\"q\"], \"requesterId\": 9},"
                + " {\"title\": \"NoRequester\", \"sourceId\": \"s\", \"engineIdentifier\": \"x\"},"
                + " {\"title\": \"BadCandidate\", \"sourceId\": \"s\", \"deferredCandidates\": [1], \"requesterId\": 9}"
                + "]}}";
        QueueSnapshot queue = Objects.requireNonNull(loadWithWarning(json).queue());
        assertThat(queue.current()).isNull();
        assertThat(queue.positionMillis()).isZero();
        assertThat(queue.paused()).isFalse();
        assertThat(queue.savedAt()).isEqualTo(Instant.EPOCH);
        assertThat(queue.upcoming())
                .containsExactly(new SnapshotTrack("Good", "", 0, null, null, "http", "http://a", List.of(), 9));
    }

    @Test
    void queueWithoutChannelsIsDroppedAndSettingsKept() throws IOException {
        GuildState state = loadWithWarning(
                "{\"schemaVersion\": 1, \"settings\": {\"volume\": 10}, \"queue\": {\"voiceChannelId\": \"x\"}}");
        assertThat(state).isEqualTo(GuildState.of(GuildSettings.DEFAULTS.withVolume(10), null));
    }

    @Test
    void savedAtMayBeEpochMillis() throws IOException {
        Files.writeString(
                dir.resolve("77.json"),
                "{\"schemaVersion\": 1, \"queue\": {\"voiceChannelId\": 10, \"textChannelId\": 11,"
                        + " \"savedAt\": 1000}}");
        QueueSnapshot queue = Objects.requireNonNull(
                new GuildStates(new JsonFileGuildStateStore(dir)).load(GUILD).queue());
        assertThat(queue).isEqualTo(new QueueSnapshot(10, 11, null, 0, false, List.of(), Instant.ofEpochSecond(1)));
    }
}
