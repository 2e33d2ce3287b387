package dev.musicbot.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.voice.TrustStoreFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped launcher as two bot processes sharing one PostgreSQL, each running half of four shards against one
 * simulator: each plays (decoded audio heard) in its own shards' guilds; SIGKILL of one leaves the other's guilds
 * playing and its health endpoint ready, while the killed process's shards lose their gateway sessions; a new
 * process for the killed shards resumes their queues from PostgreSQL, and a playlist created through the killed
 * process is used through the new one.
 */
class ShardedProcessesIT {
    private static final Path DIST = Path.of(System.getProperty("musicbot.dist", "target/musicbot"))
            .toAbsolutePath()
            .normalize();
    private static final Path LAUNCHER = DIST.resolve("bin/musicbot");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int TOTAL = 4;

    @TempDir
    Path dir;

    /** A running bot process and the port of its health endpoint. */
    private record Shards(BotProcess bot, int healthPort) {
        Process process() {
            return bot.process();
        }
    }

    private EmbeddedPostgres postgres;

    @BeforeEach
    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start(); // as root, in a user namespace ('unshare -U')
    }

    @AfterEach
    void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void eachProcessPlaysInItsOwnGuildsAndKillingOneLeavesTheOtherPlaying() throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures"));
        Path tone = AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(120));
        Path other = AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 660, Duration.ofSeconds(60));
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.builder()
                        .shards(TOTAL)
                        .maxConcurrency(TOTAL)
                        .start()) {
            URI song = http.serve("/music/tone-440.ogg", tone);
            URI otherSong = http.serve("/music/tone-660.ogg", other);
            List<SimGuild> guilds = new ArrayList<>();
            for (int shard = 0; shard < TOTAL; shard++) {
                guilds.add(sim.guild("Shard " + shard)
                        .onShard(shard, TOTAL)
                        .textChannel("general")
                        .voiceChannel("Music")
                        .member("alice")
                        .voiceState("alice", "Music")
                        .create());
            }
            Shards low = start(sim, "low", "0-1");
            Shards high = start(sim, "high", "2-3");
            Shards replacement = null;
            try {
                for (int shard = 0; shard < TOTAL; shard++) {
                    sim.gateway().awaitReady(shard, WAIT);
                }
                sim.awaitCommand("play", WAIT);
                List<SimVoice> voices = new ArrayList<>();
                for (SimGuild guild : guilds) {
                    sim.slash(guild, "alice", "play", Map.of("query", song.toString()))
                            .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                    voices.add(sim.voice(guild).awaitConnected(WAIT));
                }
                for (SimVoice voice : voices) {
                    assertThat(voice.awaitAudio(Duration.ofSeconds(2), WAIT).dominantFrequency())
                            .isCloseTo(440, within(5.0));
                }
                assertThat(ready(low)).isEqualTo(200);
                assertThat(ready(high)).isEqualTo(200);
                SimGuild taken = guilds.get(2);
                answer(sim, taken, "create", Map.of("name", "shared"), "Created playlist **shared**");
                answer(sim, taken, "addto", Map.of("playlist", "shared", "song", otherSong.toString()), "Added ");

                List<AudioMark> beforeKill = voices.stream().map(SimVoice::mark).toList();
                high.process().destroyForcibly(); // SIGKILL: no goodbye to Discord, no saved state
                assertThat(high.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(high.process().exitValue()).isEqualTo(137);

                for (int i = 0; i < 2; i++) {
                    SimVoice survivor = voices.get(i);
                    survivor.awaitAudioAfter(survivor.mark(), Duration.ofSeconds(3), WAIT);
                    assertThat(survivor.received().since(beforeKill.get(i)).missingPackets())
                            .as("guild of shard " + i + " while the other process died")
                            .isZero();
                }
                awaitNotReady(sim, 2);
                awaitNotReady(sim, 3);
                assertThat(sim.gateway().isReady(0) && sim.gateway().isReady(1)).isTrue();
                assertThat(ready(low)).isEqualTo(200);

                // A new process (its own data directory) takes over the killed process's shards.
                replacement = start(sim, "replacement", "2-3");
                sim.gateway().awaitReady(2, WAIT);
                sim.gateway().awaitReady(3, WAIT);
                assertThat(ready(replacement)).isEqualTo(200);
                for (int i = 2; i < TOTAL; i++) {
                    SimVoice resumed = sim.voice(guilds.get(i)).awaitConnected(WAIT);
                    try {
                        assertThat(resumed.awaitAudioAfter(resumed.mark(), Duration.ofSeconds(2), WAIT)
                                        .dominantFrequency())
                                .as("guild of shard " + i + ": its queue resumed from PostgreSQL, with no new /play")
                                .isCloseTo(440, within(5.0));
                    } catch (AssertionError e) {
                        throw new AssertionError(
                                e.getMessage() + "\nThe new process:\n"
                                        + replacement.bot().finish().describe(),
                                e);
                    }
                }
                assertThat(answer(sim, taken, "use", Map.of("playlist", "shared"), "Active playlist"))
                        .as("the playlist made through the killed process")
                        .isEqualTo("Active playlist: **shared**. Queued 1 song.");
                answer(sim, taken, "skip", Map.of(), "Skipped");
                SimVoice takenVoice = sim.voice(taken);
                assertThat(takenVoice
                                .awaitAudioAfter(takenVoice.mark(), Duration.ofSeconds(2), WAIT)
                                .dominantFrequency())
                        .isCloseTo(660, within(5.0));
            } finally {
                low.process().destroyForcibly();
                high.process().destroyForcibly();
                if (replacement != null) {
                    replacement.process().destroyForcibly();
                    replacement.process().waitFor(30, TimeUnit.SECONDS);
                }
                low.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Shards start(DiscordSimulator sim, String name, String ids) throws IOException {
        TrustStoreFile trust = sim.voiceTrustStore();
        int port = freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "BOT_TOKEN", sim.token(),
                "MUSICBOT_DISCORD_REST_URL", sim.restBaseUrl(),
                "MUSICBOT_DISCORD_GATEWAY_URL", sim.gatewayUrl(),
                "MUSICBOT_DISCORD_VOICE_TRUST_STORE", trust.path().toString(),
                "MUSICBOT_DISCORD_VOICE_TRUST_STORE_PASSWORD", trust.password(),
                "MUSICBOT_VOICE_DAVE", "preferred",
                "MUSICBOT_SOURCES_HTTP_ALLOW", "127.0.0.1",
                "MUSICBOT_HEALTH_PORT", Integer.toString(port),
                "MUSICBOT_DISCORD_SHARDS_TOTAL", Integer.toString(TOTAL),
                "MUSICBOT_DISCORD_SHARDS_IDS", ids));
        env.put("MUSICBOT_STORAGE_PLAYLISTS", "postgres");
        env.put("MUSICBOT_PLUGINS_PLAYLISTS_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("MUSICBOT_PLUGINS_PLAYLISTS_JDBC_USER", "postgres");
        env.put("MUSICBOT_PLUGINS_PLAYLISTS_JDBC_PASSWORD", "postgres");
        Path workDir = Files.createDirectories(dir.resolve(name));
        return new Shards(BotProcess.start(workDir, env, LAUNCHER.toString(), "run"), port);
    }

    /** The answer to a command that starts as expected (a progress line before it is passed over). */
    private static String answer(
            DiscordSimulator sim, SimGuild guild, String command, Map<String, ?> options, String start) {
        return sim.slash(guild, "alice", command, options)
                .awaitAnswer(m -> m.text().startsWith(start), WAIT)
                .text();
    }

    private static int ready(Shards shards) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + shards.healthPort() + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200); // the endpoint starts once the shards are connected
            }
        }
    }

    private static void awaitNotReady(DiscordSimulator sim, int shard) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sim.gateway().isReady(shard) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sim.gateway().isReady(shard))
                .as("shard " + shard + " lost its session")
                .isFalse();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
