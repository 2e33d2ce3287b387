package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that answers every request only after 4 s (a busy host, a radio stream): with the default timeout it
 * plays (LavaPlayer's own 3 s gave up); with a shorter configured one the member is told the server did not answer
 * in that time (the reply follows the "Looking up" progress message).
 */
class SlowServerIT {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Duration SERVER_DELAY = Duration.ofSeconds(4);

    @TempDir
    Path dir;

    @Test
    void aServerThatAnswersAfterFourSecondsPlays() {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI slow = slowTone(http);
            SimGuild guild = guild(sim);
            try (Bot _ = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                sim.awaitCommand("play", WAIT);
                sim.slash(guild, "alice", "play", Map.of("query", slow.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                assertThat(sim.voice(guild)
                                .awaitConnected(WAIT)
                                .awaitAudio(Duration.ofSeconds(2), WAIT)
                                .dominantFrequency())
                        .isCloseTo(440, within(5.0));
            }
        }
    }

    @Test
    void whenTheConfiguredTimeoutRunsOutTheReplySaysSo() {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI slow = slowTone(http);
            SimGuild guild = guild(sim);
            Map<String, String> settings =
                    Map.of("sources.http.allow", "127.0.0.1", "sources.http.timeout-seconds", "2");
            try (Bot _ = BotHarness.start(sim, dir, settings)) {
                sim.awaitCommand("play", WAIT);
                assertThat(sim.slash(guild, "alice", "play", Map.of("query", slow.toString()))
                                .awaitFollowUp(m -> m.content().startsWith("I couldn't"), WAIT)
                                .content())
                        .isEqualTo("I couldn't play that link: the server did not answer in 2 s");
            }
        }
    }

    private URI slowTone(AudioHttpServer http) {
        http.serve("/slow.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
        return http.slow("/slow.ogg", SERVER_DELAY);
    }

    private static SimGuild guild(DiscordSimulator sim) {
        return sim.guild("Patient Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }
}
