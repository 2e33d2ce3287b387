package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.runtime.discord.DaveSupport;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
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
import org.slf4j.Logger;

/**
 * {@code voice.dave: required} with a voice server that offers only DAVE protocol version 0 (the simulator without
 * {@code .dave(true)}): the bot does not play without end-to-end encryption, logs why, and tells the member. Where
 * libdave does not load (glibc older than 2.38, as on this project's Debian 12 machines) it refuses before joining,
 * in the reply to /play, and {@code /health} is down; where it loads, the voice server's version 0 makes the bot
 * leave at once and say so in the channel. Runs in the normal build; {@code .ci/dave-tests
 * -Dit.test=DaveRequiredIT -Dgroups=} runs it with libdave.
 */
class DaveRequiredIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void withDaveRequiredTheBotRefusesAVoiceConnectionWithoutDaveAndSaysSo() throws Exception {
        boolean natives = DaveSupport.probe().available();
        try (LogCapture logs = new LogCapture(Logger.ROOT_LOGGER_NAME);
                AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/music/tone-440.ogg",
                    AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            try (Bot bot =
                    BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "voice.dave", "required"))) {
                sim.awaitCommand("play", WAIT);
                Endpoint endpoint = new Endpoint(bot.operations().port().orElseThrow(), WAIT);
                SimInteraction play = sim.slash(guild, "alice", "play", Map.of("query", tone.toString()));
                if (natives) {
                    play.awaitContent(text -> text.startsWith("Now playing"), WAIT);
                    SimMessage notice = sim.awaitChannelMessage(
                            guild.channel("general"), m -> m.content().startsWith("Sorry"), WAIT);
                    assertThat(notice.content())
                            .startsWith("Sorry, I left the voice channel: its connection would not be end-to-end"
                                    + " encrypted (DAVE)")
                            .contains("cleared the queue");
                    guild.awaitBotLeftVoice(WAIT);
                    assertThat(logs.messages(Level.ERROR))
                            .anyMatch(line -> line.contains("refusing a voice connection without end-to-end"
                                    + " encryption: the voice server did not agree to DAVE (protocol version 0)"));
                    assertThat(endpoint.metrics()).contains("musicbot_dave_refused_connections_total 1.0");
                    assertThat(endpoint.json("/health", 200)
                                    .path("checks")
                                    .path("dave")
                                    .path("status")
                                    .asText())
                            .isEqualTo("UP");
                } else {
                    // The refusal comes before any lookup: the first answer, or a follow-up to a progress line.
                    SimMessage reply = play.awaitMessage(m -> m.content().startsWith("Sorry"), WAIT);
                    assertThat(reply.ephemeral()).isTrue();
                    assertThat(reply.content())
                            .startsWith("Sorry, I can't join voice on this host: Discord requires end-to-end"
                                    + " encrypted voice (DAVE)")
                            .contains("`musicbot doctor`");
                    Thread.sleep(1_000);
                    assertThat(guild.botVoiceChannel()).as("never joined").isEmpty();
                    assertThat(sim.gateway().received(4))
                            .as("no voice state update sent")
                            .isEmpty();
                    assertThat(logs.messages(Level.ERROR))
                            .anyMatch(line -> line.contains(
                                    "voice.dave is 'required', so the bot will refuse every" + " voice connection"));
                    assertThat(logs.messages(Level.WARN)).anyMatch(line -> line.startsWith("/play: Sorry"));
                    JsonNode health = endpoint.json("/health", 503);
                    JsonNode dave = health.path("checks").path("dave");
                    assertThat(dave.path("status").asText()).isEqualTo("DOWN");
                    assertThat(dave.path("detail").asText()).startsWith("DAVE is required but UNAVAILABLE");
                    assertThat(dave.path("data").path("mode").asText()).isEqualTo("required");
                    assertThat(dave.path("data").path("connections")).isEmpty();
                    assertThat(endpoint.metrics()).contains("musicbot_dave_refused_connections_total 0.0");
                }
            }
        }
    }
}
