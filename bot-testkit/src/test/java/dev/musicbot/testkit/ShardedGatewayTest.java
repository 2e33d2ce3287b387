package dev.musicbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several gateway sessions at once, one per shard, each told only about its own guilds. */
class ShardedGatewayTest {
    private DiscordSimulator sim;
    private final List<SimGuild> guilds = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = DiscordSimulator.builder().token("secret").start();
        for (int shard = 0; shard < 2; shard++) {
            for (int n = 0; n < 2; n++) {
                guilds.add(sim.guild("Shard " + shard + " guild " + n)
                        .onShard(shard, 2)
                        .textChannel("general")
                        .member("alice")
                        .create());
            }
        }
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TestSocket identify(int shard, int total) {
        TestSocket socket = TestSocket.connect(sim.gatewayUrl() + "?encoding=json&v=10");
        socket.next();
        socket.send("{\"op\":2,\"d\":{\"token\":\"secret\",\"intents\":1,\"shard\":[" + shard + "," + total + "]}}");
        return socket;
    }

    @Test
    void guildIdsChosenForAShardRouteToIt() {
        for (int i = 0; i < guilds.size(); i++) {
            assertThat((Long.parseLong(guilds.get(i).id()) >> 22) % 2).isEqualTo(i / 2);
        }
    }

    @Test
    void eachShardGetsOnlyItsGuildsInReadyAndGuildCreates() {
        try (TestSocket zero = identify(0, 2);
                TestSocket one = identify(1, 2)) {
            assertThat(readyGuilds(zero, 0))
                    .containsExactly(guilds.get(0).id(), guilds.get(1).id());
            assertThat(readyGuilds(one, 1))
                    .containsExactly(guilds.get(2).id(), guilds.get(3).id());
            assertThat(zero.dispatch("GUILD_CREATE").path("d").path("id").asText())
                    .isEqualTo(guilds.get(0).id());
            assertThat(one.dispatch("GUILD_CREATE").path("d").path("id").asText())
                    .isEqualTo(guilds.get(2).id());
            sim.gateway().awaitReady(0, Duration.ofSeconds(5)).awaitReady(1, Duration.ofSeconds(5));
            assertThat(sim.gateway().shards()).containsExactly(0, 1);
        }
    }

    @Test
    void eventsOfAGuildGoToTheSessionOfItsShard() {
        try (TestSocket zero = identify(0, 2);
                TestSocket one = identify(1, 2)) {
            SimGuild joined = sim.guild("Joined later")
                    .onShard(1, 2)
                    .textChannel("general")
                    .create();
            JsonNode create = one.next(m -> "GUILD_CREATE".equals(m.path("t").asText())
                    && m.path("d").path("id").asText().equals(joined.id()));
            assertThat(create.path("d").path("name").asText()).isEqualTo("Joined later");
            guilds.get(0).addMember("bob");
            JsonNode added = zero.dispatch("GUILD_MEMBER_ADD");
            assertThat(added.path("d").path("guild_id").asText())
                    .isEqualTo(guilds.get(0).id());
        }
    }

    @Test
    void closingOneShardLeavesTheOtherAndItResumes() {
        try (TestSocket zero = identify(0, 2);
                TestSocket one = identify(1, 2)) {
            String session = one.dispatch("READY").path("d").path("session_id").asText();
            zero.dispatch("READY");
            sim.gateway().dropConnection(1, 4000);
            assertThat(one.awaitClose()).isEqualTo(4000);
            assertThat(sim.gateway().isReady(0)).isTrue();
            try (TestSocket back = TestSocket.connect(sim.gatewayUrl())) {
                back.next();
                back.send("{\"op\":6,\"d\":{\"token\":\"secret\",\"session_id\":\"" + session + "\",\"seq\":1}}");
                back.dispatch("RESUMED");
                assertThat(sim.gateway().resumes(1)).isEqualTo(1);
                assertThat(sim.gateway().resumes(0)).isZero();
            }
        }
    }

    @Test
    void rejectsAShardOutsideItsTotal() {
        try (TestSocket socket = identify(2, 2)) {
            assertThat(socket.awaitClose()).isEqualTo(4010);
        }
    }

    @Test
    void gatewayBotRecommendsTheConfiguredShardsAndConcurrency() throws Exception {
        try (DiscordSimulator four =
                DiscordSimulator.builder().shards(4).maxConcurrency(2).start()) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(four.restBaseUrl() + "gateway/bot"))
                                    .header("Authorization", "Bot " + four.token())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode body = Json.parse(answer.body());
            assertThat(body.path("shards").asInt()).isEqualTo(4);
            assertThat(body.path("session_start_limit").path("max_concurrency").asInt())
                    .isEqualTo(2);
        }
    }

    private static List<String> readyGuilds(TestSocket socket, int shard) {
        JsonNode ready = socket.dispatch("READY").path("d");
        assertThat(ready.path("shard").get(0).asInt()).isEqualTo(shard);
        List<String> ids = new ArrayList<>();
        ready.path("guilds").forEach(g -> ids.add(g.path("id").asText()));
        return ids;
    }
}
