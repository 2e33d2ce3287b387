package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioAnalysis;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.audio.ReceivedPacket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voice packets through the native send queue (the default where it loads) and JDA's sender ({@code voice.send:
 * java}): both are heard at their pitch and cadence, the native queue replaces JDA's one sending thread per
 * connection, and a stop through it is heard at once, not after the audio it holds ahead.
 */
class AudioSendIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JDA_SENDER = " Sending Thread";

    @TempDir
    Path dir;

    @Test
    void theNativeQueueSendsEveryGuildsAudioWithoutAThreadPerConnection() {
        List<String> threads = playInTwoGuilds(Map.of());
        assertThat(threads).as("JDA's per-connection senders").noneMatch(name -> name.endsWith(JDA_SENDER));
        assertThat(threads).as("the native queue's populator").anyMatch(name -> name.contains("native-udp"));
    }

    @Test
    void javaUsesJdasSenderOnePerConnection() {
        List<String> threads = playInTwoGuilds(Map.of("voice.send", "java"));
        assertThat(threads.stream().filter(name -> name.endsWith(JDA_SENDER))).hasSize(2);
        assertThat(threads).noneMatch(name -> name.contains("native-udp"));
    }

    /**
     * The queue holds 400 ms of the track ahead of its send time; a stop drops them. Before it did, 0.38 s of the
     * stopped track was heard after the reply (JDA's sender: none), and a track played right after a stop began
     * with the old one's end.
     */
    @Test
    void aStopThroughTheNativeQueueIsHeardAtOnce() throws InterruptedException {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/440.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = guild(sim, "Stop");
            try (Bot _ = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                sim.awaitCommand("stop", WAIT);
                sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                voice.awaitAudio(Duration.ofSeconds(2), WAIT);
                sim.slash(guild, "alice", "stop", Map.of()).awaitResponse(WAIT);
                AudioMark stopped = voice.mark();
                Thread.sleep(1500);
                double heard = 0;
                for (ReceivedPacket packet : voice.received().since(stopped).packets()) {
                    if (AudioAnalysis.dbfs(AudioAnalysis.rms(packet.pcm())) > -40) {
                        heard += packet.frames() / 48_000.0;
                    }
                }
                assertThat(heard)
                        .as("seconds of the stopped track heard after the reply")
                        .isLessThan(0.1);
            }
        }
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
