package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bots in one JVM, each running half of four shards against one simulator: each gets only its shards'
 * guilds and plays in them, the health endpoint and the metrics list each shard, and a shard whose gateway socket
 * the simulator closes (resumable) resumes while the other shard of the same process keeps playing without a gap.
 * (ShardedProcessesIT in the distribution runs the shipped launcher as two processes and kills one.)
 */
class ShardingIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int TOTAL = 4;

    @TempDir
    static Path fixtures;

    @TempDir
    Path dir;

    private static AudioHttpServer http;
    private static URI tone;

    @BeforeAll
    static void serveTone() {
        http = AudioHttpServer.start();
        tone = http.serve(
                "/music/tone-440.ogg",
                AudioFixtures.sine(fixtures, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(90)));
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @Test
    void twoBotsEachRunHalfOfFourShardsAndADroppedShardResumesWithoutTouchingTheOther() throws Exception {
        try (DiscordSimulator sim =
                DiscordSimulator.builder().shards(TOTAL).maxConcurrency(TOTAL).start()) {
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
            try (Bot low = start(sim, "low", "0-1");
                    Bot high = start(sim, "high", "2-3")) {
                for (int shard = 0; shard < TOTAL; shard++) {
                    sim.gateway().awaitReady(shard, WAIT);
                }
                sim.awaitCommand("play", WAIT);
                assertThat(guildIds(low))
                        .containsExactlyInAnyOrder(
                                guilds.get(0).id(), guilds.get(1).id());
                assertThat(guildIds(high))
                        .containsExactlyInAnyOrder(
                                guilds.get(2).id(), guilds.get(3).id());
                assertThat(low.discord().shards().getShards())
                        .extracting(jda -> jda.getShardInfo().getShardId())
                        .containsExactlyInAnyOrder(0, 1);

                List<SimVoice> voices = new ArrayList<>();
                for (SimGuild guild : guilds) {
                    sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                            .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                    voices.add(sim.voice(guild).awaitConnected(WAIT));
                }
                for (SimVoice voice : voices) {
                    ReceivedAudio heard = voice.awaitAudio(Duration.ofSeconds(2), WAIT);
                    assertThat(heard.dominantFrequency()).isCloseTo(440, within(5.0));
                }

                Endpoint endpoint = new Endpoint(low.operations().port().orElseThrow(), WAIT);
                JsonNode gateway =
                        endpoint.json("/health/ready", 200).path("checks").path("gateway");
                assertThat(gateway.path("detail").asText()).isEqualTo("2 of 2 shards connected");
                assertThat(gateway.path("data").path("shards"))
                        .extracting(shard -> shard.path("id").asInt() + ":"
                                + shard.path("guilds").asInt())
                        .containsExactly("0:1", "1:1");
                assertThat(endpoint.metrics())
                        .contains(
                                "musicbot_shard_connected{shard=\"0\"} 1.0",
                                "musicbot_shard_connected{shard=\"1\"} 1.0")
                        .contains("musicbot_shard_guilds{shard=\"1\"} 1.0", "musicbot_guilds 2.0")
                        .contains("musicbot_shard_gateway_ping_seconds{shard=\"0\"}");

                // Shard 1 (low's) loses its socket with a resumable code; shard 0 of the same process and the
                // other process's shards keep their sessions and their audio.
                AudioMark sameProcess = voices.get(0).mark();
                AudioMark otherProcess = voices.get(2).mark();
                AudioMark dropped = voices.get(1).mark();
                sim.gateway().dropConnection(1, 4000);
                sim.gateway().awaitResumes(1, 1, WAIT);
                voices.get(1).awaitAudioAfter(voices.get(1).mark(), Duration.ofSeconds(2), WAIT);
                voices.get(0).awaitAudioAfter(voices.get(0).mark(), Duration.ofSeconds(1), WAIT);
                assertThat(sim.gateway().resumes(0)).isZero();
                assertThat(voices.get(0).received().since(sameProcess).missingPackets())
                        .as("shard 0's audio while shard 1 reconnected")
                        .isZero();
                assertThat(voices.get(2).received().since(otherProcess).missingPackets())
                        .isZero();
                assertThat(voices.get(1).received().since(dropped).dominantFrequency())
                        .isCloseTo(440, within(5.0));
                assertThat(endpoint.awaitStatus("/health/ready", 200)
                                .path("checks")
                                .path("gateway")
                                .path("detail")
                                .asText())
                        .isEqualTo("2 of 2 shards connected");
            }
        }
    }

    @Test
    void oneShardOfOneStaysTheDefault() throws Exception {
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            sim.guild("Only").textChannel("general").create();
            try (Bot bot = BotHarness.start(sim, dir, Map.of())) {
                JDA shard = bot.discord().shards().getShards().getFirst();
                assertThat(shard.getShardInfo().getShardTotal()).isEqualTo(1);
                assertThat(sim.gateway().received(2)).singleElement().satisfies(identify -> assertThat(
                                identify.data().path("shard").toString())
                        .isEqualTo("[0,1]"));
                Endpoint endpoint = new Endpoint(bot.operations().port().orElseThrow(), WAIT);
                assertThat(endpoint.json("/health/ready", 200)
                                .path("checks")
                                .path("gateway")
                                .path("detail")
                                .asText())
                        .isEqualTo("connected");
            }
        }
    }

    @Test
    void autoRunsTheShardCountDiscordRecommendsInOneProcess() throws Exception {
        try (DiscordSimulator sim =
                DiscordSimulator.builder().shards(2).maxConcurrency(2).start()) {
            SimGuild zero =
                    sim.guild("Zero").onShard(0, 2).textChannel("general").create();
            SimGuild one = sim.guild("One").onShard(1, 2).textChannel("general").create();
            try (Bot bot = BotHarness.start(sim, dir, Map.of("discord.shards.total", "auto"))) {
                assertThat(bot.discord().shards().getShardsTotal()).isEqualTo(2);
                assertThat(sim.gateway().shards()).containsExactly(0, 1);
                assertThat(guildIds(bot)).containsExactlyInAnyOrder(zero.id(), one.id());
            }
        }
    }

    private Bot start(DiscordSimulator sim, String name, String ids) {
        return BotHarness.start(
                sim,
                dir.resolve(name),
                Map.of(
                        "sources.http.allow",
                        "127.0.0.1",
                        "discord.shards.total",
                        Integer.toString(TOTAL),
                        "discord.shards.ids",
                        ids));
    }

    private static List<String> guildIds(Bot bot) {
        return bot.discord().shards().getGuildCache().stream().map(Guild::getId).toList();
    }
}
