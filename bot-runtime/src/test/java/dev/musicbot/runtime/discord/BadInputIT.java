package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
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
 * One member's mistakes are answered clearly and are not faults of the source: however many they send, the
 * source's circuit breaker stays closed and the next good {@code /play} plays.
 */
class BadInputIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void manyBadInputsFromOneMemberGetClearRepliesAndDoNotPauseTheSource() {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = sim.guild("Careless Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("mallory")
                    .voiceState("mallory", "Music")
                    .create();
            Map<String, String> settings = Map.of(
                    "sources.http.allow", "127.0.0.1",
                    "processing.breaker-window", "3",
                    "processing.max-attempts", "2",
                    "processing.backoff-ms", "10",
                    "processing.breaker-open-seconds", "600");
            try (Bot _ = BotHarness.start(sim, dir, settings)) {
                sim.awaitCommand("play", WAIT);
                for (int i = 0; i < 4; i++) {
                    assertThat(play(sim, guild, "http://127.0.0.1:99999/list" + i + ".m3u"))
                            .contains("port")
                            .contains("1 to 65535");
                    assertThat(play(sim, guild, "http://127.0.0.1:" + (65536 + i) + "/a.ogg"))
                            .contains("port");
                    assertThat(play(sim, guild, tone + "?x=\u0000" + i)).contains("control character");
                    assertThat(play(sim, guild, "\u00a0\u200b\u3000" + " ".repeat(i)))
                            .contains("only spaces");
                }
                assertThat(play(sim, guild, tone.toString())).startsWith("Now playing");
                sim.voice(guild).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(1), WAIT);
            }
        }
    }

    private static String play(DiscordSimulator sim, SimGuild guild, String query) {
        SimMessage reply =
                sim.slash(guild, "mallory", "play", Map.of("query", query)).awaitResponse(WAIT);
        assertThat(reply.content()).as("reply to %s", query).doesNotContain("went wrong");
        return reply.content();
    }
}
