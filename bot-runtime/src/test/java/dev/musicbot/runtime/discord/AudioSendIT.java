package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.ReceivedAudio;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voice packets through the native send queue ({@code voice.send: native}) and JDA's sender (the default): both are
 * heard at their pitch and cadence, and the native queue replaces JDA's one sending thread per connection.
 */
class AudioSendIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JDA_SENDER = " Sending Thread";

    @TempDir
    Path dir;

    @Test
    void theNativeQueueSendsEveryGuildsAudioWithoutAThreadPerConnection() {
        List<String> threads = playInTwoGuilds(Map.of("voice.send", "native"));
        assertThat(threads).as("JDA's per-connection senders").noneMatch(name -> name.endsWith(JDA_SENDER));
        assertThat(threads).as("the native queue's populator").anyMatch(name -> name.contains("native-udp"));
    }

    @Test
    void javaTheDefaultUsesJdasSenderOnePerConnection() {
        List<String> threads = playInTwoGuilds(Map.of());
        assertThat(threads.stream().filter(name -> name.endsWith(JDA_SENDER))).hasSize(2);
        assertThat(threads).noneMatch(name -> name.contains("native-udp"));
    }

    /** Plays a tone in two guilds and returns the names of the live threads while both play. */
    private List<String> playInTwoGuilds(Map<String, String> settings) {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI low = http.serve(
                    "/440.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            URI high = http.serve(
                    "/660.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 660, Duration.ofSeconds(30)));
            SimGuild first = guild(sim, "First");
            SimGuild second = guild(sim, "Second");
            Map<String, String> config = new HashMap<>(settings);
            config.put("sources.http.allow", "127.0.0.1");
            try (Bot _ = BotHarness.start(sim, dir, config)) {
                sim.awaitCommand("play", WAIT);
                sim.slash(first, "alice", "play", Map.of("query", low.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                sim.slash(second, "alice", "play", Map.of("query", high.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                assertTone(sim.voice(first).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(3), WAIT), 440);
                assertTone(sim.voice(second).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(3), WAIT), 660);
                return Thread.getAllStackTraces().keySet().stream()
                        .map(Thread::getName)
                        .toList();
            }
        }
    }

    /** Pitch only: cadence is measured by FirstAudibleSliceIT and the bench, not on a machine of unknown load. */
    private static void assertTone(ReceivedAudio audio, double hz) {
        assertThat(audio.dominantFrequency()).isCloseTo(hz, within(5.0));
        assertThat(audio.isSilent()).isFalse();
    }

    private static SimGuild guild(DiscordSimulator sim, String name) {
        return sim.guild(name)
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }
}
