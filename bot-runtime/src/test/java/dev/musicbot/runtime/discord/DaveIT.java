package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.doctor.Doctor;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.voice.VoiceConnection;
import dev.musicbot.testkit.voice.dave.DaveMode;
import dev.musicbot.testkit.voice.dave.DaveStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runtime heard through DAVE: the simulator negotiates DAVE protocol version 1 and its listeners are real
 * libdave participants. The bot joins with one listener and plays 440 Hz; a second listener joins mid-song (a new
 * commit and epoch) and the first leaves; the audio goes on, end-to-end encrypted, and the listeners hear it. The
 * bot also joins a group the listeners made, by Welcome (op 30); it recovers from a commit it cannot process (op 31,
 * removed and added again without a voice reconnect); and moved to another voice server mid-song, it negotiates DAVE
 * again there. Its {@code /health} reports DAVE on the connection
 * (version 1, the epoch, the transitions) and {@code /metrics} counts the transitions.
 * Needs libdave (glibc 2.38+): run by .ci/dave-tests.
 */
@Tag("dave")
class DaveIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aSongIsHeardThroughDaveWhileListenersJoinAndLeave() {
        requireDave();
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.builder().dave(true).start()) {
            URI tone = http.serve(
                    "/music/tone-440.ogg",
                    AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .create();
            long botId = Long.parseLong(sim.botUserId());
            long alice = Long.parseLong(guild.member("alice").id());
            long bob = Long.parseLong(guild.member("bob").id());
            try (Bot bot =
                    BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "voice.dave", "required"))) {
                sim.awaitCommand("play", WAIT);
                sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                assertThat(voice.connection().orElseThrow().maxDaveProtocolVersion())
                        .isEqualTo(1);

                DaveStats first = voice.awaitDave(s -> s.encryptedFrames() >= 150, "150 DAVE frames", WAIT);
                assertThat(first.protocolVersion()).isEqualTo(1);
                assertThat(first.members()).containsExactly(botId, alice);
                assertThat(first.epoch()).isEqualTo(1);
                assertHeardThroughDave(voice, List.of(alice));
                JsonNode health = daveHealth(bot);
                assertThat(health.path("status").asText()).isEqualTo("UP");
                assertThat(health.path("data").path("connections"))
                        .singleElement()
                        .satisfies(c -> {
                            assertThat(c.path("guild").asText()).isEqualTo(guild.id());
                            assertThat(c.path("protocol-version").asInt()).isEqualTo(1);
                            assertThat(c.path("epoch").asLong())
                                    .as("the epoch the bot reports")
                                    .isEqualTo(1);
                            assertThat(c.path("transitions").asLong()).isEqualTo(1);
                            assertThat(c.path("encrypt-failures").asLong()).isZero();
                            assertThat(c.path("rejected-commits").asLong()).isZero();
                        });
                assertThat(health.path("detail").asText()).contains("DAVE protocol version 1, epoch 1");
                assertThat(metric(bot, "musicbot_dave_transitions_total")).isEqualTo(1);
                Doctor.Finding doctor = Doctor.runningBot(new BotConfig.Health(
                        true, "127.0.0.1", bot.operations().port().orElseThrow(), 90, 30));
                assertThat(doctor.problem()).isFalse();
                assertThat(doctor.value())
                        .startsWith("guild " + guild.id() + ": DAVE protocol version 1, epoch 1, 1 transition(s), 0"
                                + " encrypt failure(s)");

                guild.member("bob").joinVoice("Music");
                DaveStats joined = voice.awaitDave(
                        s -> s.epoch() == 2
                                && s.transitionsExecuted() == 2
                                && s.heard().getOrDefault(bob, 0L) >= 100,
                        "bob welcomed (epoch 2) and hearing the bot",
                        WAIT);
                assertThat(joined.members()).containsExactly(botId, alice, bob);
                assertHeardThroughDave(voice, List.of(alice, bob));
                assertThat(daveHealth(bot)
                                .path("data")
                                .path("connections")
                                .path(0)
                                .path("epoch")
                                .asLong())
                        .isEqualTo(2);
                assertThat(metric(bot, "musicbot_dave_transitions_total")).isEqualTo(2);

                guild.member("alice").leaveVoice();
                long bobSoFar = voice.awaitDave(
                                s -> s.epoch() == 3 && s.transitionsExecuted() == 3, "alice removed", WAIT)
                        .heard()
                        .get(bob);
                DaveStats left =
                        voice.awaitDave(s -> s.heard().get(bob) >= bobSoFar + 100, "bob hearing the next epoch", WAIT);
                assertThat(left.members()).containsExactly(botId, bob);
                assertHeardThroughDave(voice, List.of(bob));
                JsonNode last = daveHealth(bot).path("data").path("connections").path(0);
                assertThat(last.path("epoch").asLong()).isEqualTo(3);
                assertThat(last.path("transitions").asLong()).isEqualTo(3);
                assertThat(metric(bot, "musicbot_dave_transitions_total")).isEqualTo(3);
                assertThat(metric(bot, "musicbot_dave_encrypt_failures_total")).isZero();
                assertThat(metric(bot, "musicbot_dave_refused_connections_total"))
                        .isZero();
                System.out.println("DAVE in /health: " + last);
                System.out.println(
                        "DAVE after the join and the leave: " + voice.dave().orElseThrow());
            }
        }
    }

    @Test
    void theBotIsWelcomedIntoTheListenersGroup() {
        requireDave();
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.builder()
                        .dave(DaveMode.LISTENER_CREATES_GROUP)
                        .start()) {
            URI tone = http.serve(
                    "/music/tone-440.ogg",
                    AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .voiceState("bob", "Music")
                    .create();
            long botId = Long.parseLong(sim.botUserId());
            long alice = Long.parseLong(guild.member("alice").id());
            long bob = Long.parseLong(guild.member("bob").id());
            try (Bot bot =
                    BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "voice.dave", "required"))) {
                sim.awaitCommand("play", WAIT);
                sim.slash(guild, "bob", "play", Map.of("query", tone.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                DaveStats stats = voice.awaitDave(s -> s.encryptedFrames() >= 150, "150 DAVE frames", WAIT);
                assertThat(stats.members()).containsExactly(alice, bob, botId);
                assertThat(stats.epoch()).as("alice added bob, then the bot").isEqualTo(2);
                assertThat(stats.rejectedCommits())
                        .as("bob's commit of the bot, after alice's won")
                        .isEqualTo(1);
                assertHeardThroughDave(voice, List.of(alice, bob));
                JsonNode welcomed =
                        daveHealth(bot).path("data").path("connections").path(0);
                assertThat(welcomed.path("protocol-version").asInt()).isEqualTo(1);
                assertThat(welcomed.path("epoch").asLong())
                        .as("a Welcome does not say its epoch in the clear")
                        .isEqualTo(-1);
                assertThat(welcomed.path("transitions").asLong()).isGreaterThanOrEqualTo(1);
                assertThat(welcomed.path("encrypt-failures").asLong()).isZero();
            }
        }
    }

    @Test
    void theBotRecoversFromACommitItCannotProcess() {
        requireDave();
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.builder().dave(true).start()) {
            URI tone = http.serve(
                    "/music/tone-440.ogg",
                    AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            long botId = Long.parseLong(sim.botUserId());
            long alice = Long.parseLong(guild.member("alice").id());
            try (Bot bot =
                    BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "voice.dave", "required"))) {
                sim.awaitCommand("play", WAIT);
                SimVoice voice = sim.voice(guild);
                voice.damageNextDaveCommit();
                sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                voice.awaitConnected(WAIT);
                long start = System.nanoTime();
                DaveStats recovered = voice.awaitDave(
                        s -> s.invalidCommitWelcomes() == 1 && s.epoch() == 3 && s.encryptedFrames() >= 150,
                        "the bot's op 31, its Remove (epoch 2) and Add (epoch 3), then 150 DAVE frames",
                        WAIT);
                System.out.println("DAVE after the rejected commit ("
                        + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms): " + recovered);
                assertThat(voice.sessions()).as("no voice reconnect").isEqualTo(1);
                assertThat(recovered.members()).containsExactly(botId, alice);
                assertThat(recovered.transitionsExecuted()).isEqualTo(3);
                DaveStats stats = voice.dave().orElseThrow();
                assertThat(stats.plainFramesAfterTransition())
                        .as("plain frames once DAVE began")
                        .isZero();
                assertThat(stats.undecryptable())
                        .as("DAVE frames no listener decrypted")
                        .isZero();
                AudioMark mark = voice.mark();
                ReceivedAudio audio = voice.awaitAudioAfter(mark, Duration.ofSeconds(2), WAIT);
                assertThat(audio.dominantFrequency()).isCloseTo(440, within(5.0));
                assertThat(voice.stats().decodeFailures()).isZero();
                JsonNode connection =
                        daveHealth(bot).path("data").path("connections").path(0);
                assertThat(connection.path("protocol-version").asInt()).isEqualTo(1);
                assertThat(connection.path("rejected-commits").asLong()).isEqualTo(1);
                assertThat(connection.path("encrypt-failures").asLong()).isZero();
                assertThat(metric(bot, "musicbot_dave_encrypt_failures_total")).isZero();
                System.out.println("DAVE in /health after the rejected commit: " + connection);
            }
        }
    }

    @Test
    void theBotRecoversFromALaterCommitItCannotProcess() {
        requireDave();
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.builder().dave(true).start()) {
            URI tone = http.serve(
                    "/music/tone-440.ogg",
                    AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .create();
            long botId = Long.parseLong(sim.botUserId());
            long alice = Long.parseLong(guild.member("alice").id());
            long bob = Long.parseLong(guild.member("bob").id());
            try (Bot bot =
                    BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "voice.dave", "required"))) {
                sim.awaitCommand("play", WAIT);
                sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                voice.awaitDave(s -> s.encryptedFrames() >= 100, "100 DAVE frames at epoch 1", WAIT);
                voice.damageNextDaveCommit();
                guild.member("bob").joinVoice("Music");
                DaveStats recovered = voice.awaitDave(
                        s -> s.invalidCommitWelcomes() == 1
                                && s.epoch() == 4
                                && s.heard().getOrDefault(bob, 0L) >= 100,
                        "bob added (epoch 2), the bot's op 31, its Remove (3) and Add (4), bob hearing it",
                        WAIT);
                assertThat(voice.sessions()).as("no voice reconnect").isEqualTo(1);
                assertThat(recovered.members()).containsExactlyInAnyOrder(botId, alice, bob);
                assertThat(recovered.plainFramesAfterTransition()).isZero();
                assertThat(recovered.undecryptable()).isZero();
                ReceivedAudio audio = voice.awaitAudioAfter(voice.mark(), Duration.ofSeconds(2), WAIT);
                assertThat(audio.dominantFrequency()).isCloseTo(440, within(5.0));
                JsonNode connection =
                        daveHealth(bot).path("data").path("connections").path(0);
                assertThat(connection.path("rejected-commits").asLong()).isEqualTo(1);
                assertThat(connection.path("encrypt-failures").asLong()).isZero();
                System.out.println("DAVE after a rejected later commit: " + recovered + "; /health " + connection);
            }
        }
    }

    @Test
    void daveIsNegotiatedAgainWhenTheBotIsMovedToAnotherVoiceServer() {
        requireDave();
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.builder().dave(true).start()) {
            URI tone = http.serve(
                    "/music/tone-440.ogg",
                    AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            long botId = Long.parseLong(sim.botUserId());
            long alice = Long.parseLong(guild.member("alice").id());
            try (Bot bot =
                    BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "voice.dave", "required"))) {
                sim.awaitCommand("play", WAIT);
                sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                        .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                voice.awaitDave(s -> s.encryptedFrames() >= 100, "100 DAVE frames on the first server", WAIT);
                assertHeardThroughDave(voice, List.of(alice));
                VoiceConnection before = voice.connection().orElseThrow();

                long moved = System.nanoTime();
                voice.moveToNewEndpoint();
                DaveStats after = voice.awaitDave(
                        s -> voice.connection().orElseThrow() != before && s.encryptedFrames() >= 100,
                        "100 DAVE frames on the new voice server",
                        WAIT);
                Duration back = Duration.ofNanos(System.nanoTime() - moved);
                assertThat(voice.sessions())
                        .as("voice sessions: the first server, then the new one")
                        .isEqualTo(2);
                assertThat(before.isEnded()).as("the first voice session ended").isTrue();
                assertThat(voice.connection().orElseThrow().maxDaveProtocolVersion())
                        .isEqualTo(1);
                assertThat(after.protocolVersion()).isEqualTo(1);
                assertThat(after.members()).as("a new group on the new server").containsExactly(botId, alice);
                assertThat(after.epoch()).isEqualTo(1);
                assertThat(after.transitionsExecuted()).isEqualTo(1);
                assertHeardThroughDave(voice, List.of(alice));
                JsonNode health = daveHealth(bot);
                assertThat(health.path("status").asText()).isEqualTo("UP");
                assertThat(health.path("data").path("connections"))
                        .singleElement()
                        .satisfies(c -> {
                            assertThat(c.path("protocol-version").asInt()).isEqualTo(1);
                            assertThat(c.path("epoch").asLong()).isEqualTo(1);
                            assertThat(c.path("encrypt-failures").asLong()).isZero();
                        });
                assertThat(metric(bot, "musicbot_dave_encrypt_failures_total")).isZero();
                System.out.println("DAVE after the voice server move (" + back.toMillis() + " ms): " + after);
            }
        }
    }

    /** The {@code dave} check of the bot's {@code /health}. */
    private static JsonNode daveHealth(Bot bot) {
        try {
            return JSON.readTree(get(bot, "/health")).path("checks").path("dave");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One series of the bot's {@code /metrics}. */
    private static double metric(Bot bot, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(get(bot, "/metrics"));
        assertThat(m.find()).as("series %s", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static String get(Bot bot, String path) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + bot.operations().port().orElseThrow() + path))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The wire checks over the whole session, and 440 Hz in the next 2 s of audio the DAVE listener decrypted. */
    private static void assertHeardThroughDave(SimVoice voice, List<Long> listeners) {
        AudioMark mark = voice.mark();
        ReceivedAudio audio = voice.awaitAudioAfter(mark, Duration.ofSeconds(2), WAIT);
        DaveStats stats = voice.dave().orElseThrow();
        assertThat(stats.plainFramesAfterTransition())
                .as("plain frames once DAVE began")
                .isZero();
        assertThat(stats.undecryptable())
                .as("DAVE frames no listener decrypted")
                .isZero();
        assertThat(stats.invalidCommitWelcomes()).isZero();
        assertThat(stats.heard()).containsKeys(listeners.toArray(Long[]::new));
        assertThat(voice.stats().decodeFailures()).isZero();
        assertThat(audio.dominantFrequency()).isCloseTo(440, within(5.0));
        assertThat(audio.isSilent()).isFalse();
    }

    /** libdave must load: in CI (CI=true) its absence fails the test; locally it skips with the reason. */
    private static void requireDave() {
        DaveSupport dave = DaveSupport.probe();
        if (dave.available()) {
            return;
        }
        String reason = "DAVE is unavailable here (" + dave.reason() + "); run .ci/dave-tests";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason);
        }
        System.err.println("Skipping DaveIT: " + reason);
        Assumptions.abort(reason);
    }
}
