package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimPermission;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.voice.EncryptionMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first audible slice, end to end: the real runtime and an unmodified JDA against the loopback Discord
 * simulator, with the audio the bot sends decrypted, decoded and measured.
 */
class FirstAudibleSliceIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path fixtures;

    @TempDir
    Path dir;

    private static AudioHttpServer http;
    private static URI tone440;

    @BeforeAll
    static void serveTone() {
        http = AudioHttpServer.start();
        tone440 = http.serve(
                "/music/tone-440.ogg",
                AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    private static SimGuild guild(DiscordSimulator sim) {
        return sim.guild("Test Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .voiceChannel("Locked", c -> c.denyBot(SimPermission.CONNECT))
                .member("alice")
                .member("bob")
                .voiceState("alice", "Music")
                .create();
    }

    @ParameterizedTest
    @EnumSource(EncryptionMode.class)
    void playsA440HzToneThroughAReconnectUntilLeave(EncryptionMode mode) {
        try (DiscordSimulator sim =
                DiscordSimulator.builder().encryptionModes(mode).start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                JsonNode play = sim.awaitCommand("play", WAIT);
                assertThat(play.path("options").get(0).path("name").asText()).isEqualTo("query");
                assertThat(sim.commands())
                        .extracting(c -> c.path("name").asText())
                        .contains("join", "leave");

                SimInteraction command = sim.slash(guild, "alice", "play", Map.of("query", tone440.toString()));
                SimMessage reply = command.awaitContent(text -> text.startsWith("Now playing"), WAIT);
                assertThat(reply.ephemeral()).isFalse();
                assertThat(reply.content()).contains("tone-440");

                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                assertThat(voice.encryptionMode()).contains(mode);
                assertThat(guild.awaitBotVoiceChannel(WAIT).name()).isEqualTo("Music");

                // Steady state: the last 5 s of the first 7, after the JIT has warmed up the send path.
                ReceivedAudio first =
                        voice.awaitAudio(Duration.ofSeconds(7), WAIT).lastAudio(Duration.ofSeconds(5));
                System.out.println("steady-state audio: " + first);
                assertTone(first, 440);

                AudioMark beforeReconnect = voice.mark();
                sim.gateway().requestReconnect();
                sim.gateway().awaitResumes(1, WAIT);
                AudioMark afterReconnect = voice.mark();
                ReceivedAudio after = voice.awaitAudioAfter(afterReconnect, Duration.ofSeconds(2), WAIT);
                assertThat(after.dominantFrequency()).isCloseTo(440, within(5.0));
                assertThat(voice.received().since(beforeReconnect).missingPackets())
                        .isZero();

                SimInteraction leave = sim.slash(guild, "alice", "leave", Map.of());
                assertThat(leave.awaitContent(text -> text.startsWith("Left"), WAIT)
                                .ephemeral())
                        .isFalse();
                voice.awaitDisconnected(WAIT);
                guild.awaitBotLeftVoice(WAIT);
            }
        }
    }

    private static void assertTone(ReceivedAudio audio, double hz) {
        assertThat(audio.seconds()).isGreaterThanOrEqualTo(3.0);
        assertThat(audio.dominantFrequency()).isCloseTo(hz, within(5.0));
        assertThat(audio.packetsPerSecond()).isCloseTo(50.0, within(3.0));
        assertThat(audio.interArrivalMillis().p99()).isLessThanOrEqualTo(30.0);
        assertThat(audio.isSilent()).isFalse();
    }

    @Test
    void aResolvedLinkIsNotLoadedAgainToPlayIt() {
        URI once = http.serve(
                "/music/once.ogg", AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 550, Duration.ofSeconds(20)));
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                sim.awaitCommand("play", WAIT);
                sim.slash(guild, "alice", "play", Map.of("query", once.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                ReceivedAudio audio = sim.voice(guild).awaitAudio(Duration.ofSeconds(2), WAIT);
                assertThat(audio.dominantFrequency()).isCloseTo(550, within(5.0));
                // One whole-file request to resolve the link (LavaPlayer's probe) and one to stream it, plus the
                // ranged reads of the Ogg reader; loading the link again to play it made a third whole-file one.
                assertThat(http.requests("/music/once.ogg"))
                        .as("requests without a Range header")
                        .filteredOn(request -> request.range() == null)
                        .hasSize(2);
            }
        }
    }

    @Test
    void refusesPrivateAddressesUnlessAllowedAndExplainsOtherRefusals() {
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = BotHarness.start(sim, dir, Map.of())) {
                sim.awaitCommand("play", WAIT);

                SimMessage refused = sim.slash(guild, "alice", "play", Map.of("query", tone440.toString()))
                        .awaitResponse(WAIT);
                assertThat(refused.ephemeral()).isTrue();
                assertThat(refused.content()).contains("private or local network");
                assertThat(http.requests("/music/tone-440.ogg")).isEmpty();

                SimMessage notInVoice = sim.slash(guild, "bob", "play", Map.of("query", "https://example.com/a.mp3"))
                        .awaitResponse(WAIT);
                assertThat(notInVoice.ephemeral()).isTrue();
                assertThat(notInVoice.content()).isEqualTo("Join a voice channel first, then try again.");

                guild.member("bob").joinVoice("Locked");
                SimMessage locked = sim.slash(guild, "bob", "join", Map.of()).awaitResponse(WAIT);
                assertThat(locked.ephemeral()).isTrue();
                assertThat(locked.content()).startsWith("I don't have permission to join");
                assertThat(guild.botVoiceChannel()).isEmpty();
            }
        }
    }

    @Test
    void aSlowLinkIsDeferredWithinTheDeadlineThenAnswered() throws Exception {
        byte[] body = java.nio.file.Files.readAllBytes(
                AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(5)));
        URI slow = http.route("/slow/tone.ogg", exchange -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "audio/ogg");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            try (Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                sim.awaitCommand("play", WAIT);
                SimInteraction play = sim.slash(guild, "alice", "play", Map.of("query", slow.toString()));
                SimMessage reply = play.awaitContent(text -> text.startsWith("Now playing"), WAIT);
                assertThat(play.wasDeferred())
                        .as("deferred before Discord's 3-second deadline")
                        .isTrue();
                assertThat(reply.ephemeral()).isFalse();
                assertThat(reply.content()).contains("tone.ogg");
            }
        }
    }

    @Test
    void unplayableLinksGetAClearReply() {
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            SimGuild guild = guild(sim);
            URI notAudio = http.serve("/notes.txt", "just some text, not audio".getBytes(), "text/plain");
            URI missing = http.status("/gone.mp3", 404);
            try (Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.0/8"))) {
                sim.awaitCommand("play", WAIT);
                for (URI uri : new URI[] {notAudio, missing}) {
                    SimMessage reply = sim.slash(guild, "alice", "play", Map.of("query", uri.toString()))
                            .awaitResponse(WAIT);
                    assertThat(reply.ephemeral()).as("reply to %s", uri).isTrue();
                    assertThat(reply.content())
                            .as("reply to %s", uri)
                            .containsAnyOf("couldn't play", "doesn't lead to audio");
                }
                assertThat(guild.botVoiceChannel()).isEmpty();
            }
        }
    }
}
