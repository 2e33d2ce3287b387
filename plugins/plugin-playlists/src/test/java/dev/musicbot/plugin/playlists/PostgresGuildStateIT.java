package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.plugin.playlists.jdbc.TestDatabase;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With PostgreSQL configured for playlists, guild settings and the queue live there too: a second bot process,
 * with a data directory of its own, resumes what the first one left, and plays it.
 */
class PostgresGuildStateIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Shared State Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    private SimMessage reply(String command, Map<String, ?> options) {
        return sim.slash(guild, "alice", command, options).awaitResponse(WAIT);
    }

    private static double pitchOf(SimVoice voice) {
        return voice.awaitAudioAfter(voice.mark(), Duration.ofMillis(1800), WAIT)
                .skipAudio(Duration.ofMillis(800))
                .dominantFrequency();
    }

    @Test
    void aSecondProcessResumesTheQueueAndSettingsFromPostgres() throws Exception {
        Path current = AudioFixtures.sine(
                dir, AudioFileFormat.WAV, 440, Duration.ofSeconds(60)); // seekable, to resume mid-track
        Path next = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 660, Duration.ofSeconds(20));
        URI currentUri = http.serve("/" + current.getFileName(), current);
        URI nextUri = http.serve("/" + next.getFileName(), next);
        String url = TestDatabase.freshSchemaUrl();
        Map<String, String> settings = Map.of(
                "sources.http.allow",
                "127.0.0.1",
                "storage.playlists",
                "postgres",
                "plugins.playlists.jdbc-url",
                url,
                "plugins.playlists.jdbc-user",
                TestDatabase.user(),
                "plugins.playlists.jdbc-password",
                TestDatabase.password());
        Path firstDir = Files.createDirectories(dir.resolve("first"));
        Path secondDir = Files.createDirectories(dir.resolve("second"));

        try (Bot _ = BotHarness.start(sim, firstDir, settings)) {
            sim.awaitCommand("play", WAIT);
            reply("play", Map.of("query", currentUri.toString()));
            reply("play", Map.of("query", nextUri.toString()));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(reply("volume", Map.of("level", 70)).content()).isEqualTo("Volume set to 70%.");
            assertThat(reply("repeat", Map.of("mode", "queue")).content()).isEqualTo("Repeat: the whole queue.");
            assertThat(pitchOf(voice)).isCloseTo(440, within(5.0));
        }

        JsonNode stored = new ObjectMapper().readTree(storedDocument(url, guild.id()));
        assertThat(stored.path("settings").path("volume").asInt()).isEqualTo(70);
        assertThat(stored.path("queue").path("upcoming").toString())
                .contains(next.getFileName().toString());
        assertThat(firstDir.resolve("data/guilds/" + guild.id() + ".json"))
                .as("the state went to PostgreSQL, not to the local files")
                .doesNotExist();

        try (Bot _ = BotHarness.start(sim, secondDir, settings)) {
            assertThat(guild.awaitBotVoiceChannel(WAIT).name()).isEqualTo("Music");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitchOf(voice)).as("the first process's current track").isCloseTo(440, within(5.0));
            SimMessage card = reply("nowplaying", Map.of());
            assertThat(card.embeds().getFirst().fields())
                    .anySatisfy(f -> assertThat(f.value()).isEqualTo("70%"))
                    .anySatisfy(f -> assertThat(f.value()).isEqualTo("the whole queue"));
            assertThat(reply("queue", Map.of()).embeds().getFirst().description())
                    .contains(next.getFileName().toString());
        }
        assertThat(secondDir.resolve("data/guilds/" + guild.id() + ".json")).doesNotExist();
    }

    private static String storedDocument(String url, String guildId) throws Exception {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                PreparedStatement query = c.prepareStatement("SELECT document FROM guild_state WHERE guild_id = ?")) {
            query.setLong(1, Long.parseLong(guildId));
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a row for the guild in guild_state").isTrue();
                return rows.getString(1);
            }
        }
    }
}
