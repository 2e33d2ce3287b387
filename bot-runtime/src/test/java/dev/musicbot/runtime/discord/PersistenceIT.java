package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a restart, and when the bot leaves voice by itself. */
class PersistenceIT {
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
        guild = sim.guild("Persistent Guild")
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

    private double pitchAfter(SimVoice voice, AudioMark mark) {
        return voice.awaitAudioAfter(mark, Duration.ofMillis(1800), WAIT)
                .skipAudio(Duration.ofMillis(800))
                .dominantFrequency();
    }

    @Test
    void restartRejoinsAndResumesAtTheSavedPositionWithTheQueueAndSettings() throws Exception {
        URI twoTone = http.serve("/two-tone.wav", TwoTone.writeWav(dir, 440, 880, 15));
        Path next = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 660, Duration.ofSeconds(20));
        URI queued = http.serve("/" + next.getFileName(), next);
        Map<String, String> settings = Map.of("sources.http.allow", "127.0.0.1");

        long savedMillis;
        try (Bot first = BotHarness.start(sim, dir, settings)) {
            sim.awaitCommand("play", WAIT);
            reply("play", Map.of("query", twoTone.toString()));
            reply("play", Map.of("query", queued.toString()));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            guild.awaitBotVoiceChannel(WAIT);
            assertThat(reply("volume", Map.of("level", 80)).content()).isEqualTo("Volume set to 80%.");
            assertThat(reply("repeat", Map.of("mode", "queue")).content()).isEqualTo("Repeat: the whole queue.");
            reply("seek", Map.of("time", "0:16"));
            assertThat(pitchAfter(voice, voice.mark())).isCloseTo(880, within(5.0));
        }
        JsonNode saved = new ObjectMapper()
                .readTree(dir.resolve("data/guilds/" + guild.id() + ".json").toFile());
        savedMillis = saved.path("queue").path("positionMillis").asLong();
        assertThat(savedMillis).isBetween(16_000L, 25_000L);

        try (Bot second = BotHarness.start(sim, dir, settings)) {
            assertThat(guild.awaitBotVoiceChannel(WAIT).name()).isEqualTo("Music");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            AudioMark resumed = voice.mark();
            assertThat(pitchAfter(voice, resumed))
                    .as("resumed in the second half, not from the start")
                    .isCloseTo(880, within(5.0));

            SimMessage card = reply("nowplaying", Map.of());
            long position =
                    positionMillis(card.embeds().getFirst().fields().getFirst().value());
            assertThat(position)
                    .as("position after resume vs saved %d ms", savedMillis)
                    .isBetween(savedMillis - 2_000, savedMillis + 6_000);
            assertThat(card.embeds().getFirst().fields())
                    .anySatisfy(f -> assertThat(f.value()).isEqualTo("80%"))
                    .anySatisfy(f -> assertThat(f.value()).isEqualTo("the whole queue"));
            assertThat(reply("queue", Map.of()).embeds().getFirst().description())
                    .contains(next.getFileName().toString());
            assertThat(sim.awaitChannelMessage(
                            guild.channel("general"), m -> m.content().contains("back after a restart"), WAIT))
                    .isNotNull();
        }
    }

    private static long positionMillis(String progress) {
        Matcher m = Pattern.compile("(\\d+):(\\d{2}) /").matcher(progress);
        assertThat(m.find()).as(progress).isTrue();
        return (Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))) * 1000;
    }

    @Test
    void leavesWhenAloneButStaysInTwentyFourSevenMode() throws InterruptedException {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60));
        URI tone = http.serve("/" + file.getFileName(), file);
        try (Bot bot =
                BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "playback.alone-timeout", "2"))) {
            sim.awaitCommand("247", WAIT);
            reply("play", Map.of("query", tone.toString()));
            guild.awaitBotVoiceChannel(WAIT);

            guild.member("alice").leaveVoice();
            guild.awaitBotLeftVoice(Duration.ofSeconds(10));
            assertThat(sim.awaitChannelMessage(
                                    guild.channel("general"),
                                    m -> m.content().contains("everyone left the channel"),
                                    WAIT)
                            .content())
                    .startsWith("I left the voice channel");

            guild.member("alice").joinVoice("Music");
            reply("play", Map.of("query", tone.toString()));
            guild.awaitBotVoiceChannel(WAIT);
            assertThat(reply("247", Map.of()).content()).startsWith("24/7 mode is on");
            guild.member("alice").leaveVoice();
            Thread.sleep(6000);
            assertThat(guild.botVoiceChannel())
                    .as("still in voice with 24/7 on")
                    .isPresent();
        }
    }
}
