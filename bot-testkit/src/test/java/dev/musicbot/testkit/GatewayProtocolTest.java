package dev.musicbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.testkit.support.TestSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main gateway at the wire level, with a plain WebSocket client. */
class GatewayProtocolTest {
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        sim = DiscordSimulator.builder().token("secret").start();
        guild = sim.guild("Wire Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .role("DJ")
                .member("alice")
                .member("bob", "DJ")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TestSocket identified() {
        TestSocket socket = TestSocket.connect(sim.gatewayUrl() + "?encoding=json&v=10");
        assertThat(socket.next().path("d").path("heartbeat_interval").asInt()).isEqualTo(41_250);
        socket.send("{\"op\":2,\"d\":{\"token\":\"secret\",\"intents\":53556941,\"shard\":[0,1]}}");
        return socket;
    }

    @Test
    void rejectsAWrongToken() {
        try (TestSocket socket = TestSocket.connect(sim.gatewayUrl())) {
            socket.next();
            socket.send("{\"op\":2,\"d\":{\"token\":\"nope\"}}");
            assertThat(socket.awaitClose()).isEqualTo(4004);
        }
    }

    @Test
    void readyAndGuildCreateCarryWhatJdaNeeds() {
        try (TestSocket socket = identified()) {
            JsonNode ready = socket.dispatch("READY");
            assertThat(ready.path("s").asInt()).isEqualTo(1);
            JsonNode d = ready.path("d");
            assertThat(d.path("user").path("id").asText()).isEqualTo(sim.botUserId());
            assertThat(d.path("application").path("id").asText()).isEqualTo(sim.applicationId());
            assertThat(d.path("private_channels").isArray()).isTrue();
            assertThat(d.path("resume_gateway_url").asText()).isEqualTo(sim.gatewayUrl());
            assertThat(d.path("guilds").get(0).path("unavailable").asBoolean()).isTrue();

            JsonNode create = socket.dispatch("GUILD_CREATE");
            assertThat(create.path("s").asInt()).isEqualTo(2);
            JsonNode g = create.path("d");
            assertThat(g.path("afk_timeout").asInt()).isEqualTo(300);
            assertThat(g.path("roles").get(0).path("id").asText()).isEqualTo(guild.id());
            g.path("roles").forEach(r -> assertThat(r.path("colors").has("primary_color"))
                    .isTrue());
            assertThat(g.path("member_count").asInt())
                    .isEqualTo(g.path("members").size())
                    .isEqualTo(3);
            List<String> names = new ArrayList<>();
            g.path("members")
                    .forEach(m -> names.add(m.path("user").path("username").asText()));
            assertThat(names).containsExactly(sim.botName(), "alice", "bob");
            assertThat(g.path("voice_states")).singleElement().satisfies(vs -> {
                assertThat(vs.path("user_id").asText())
                        .isEqualTo(guild.member("alice").id());
                assertThat(vs.path("channel_id").asText())
                        .isEqualTo(guild.channel("Music").id());
            });
            for (String array : List.of("threads", "guild_scheduled_events", "emojis", "channels")) {
                assertThat(g.path(array).isArray()).as(array).isTrue();
            }
            assertThat(g.path("channels").get(1).path("bitrate").asInt()).isPositive();
        }
    }

    @Test
    void acknowledgesHeartbeats() {
        try (TestSocket socket = identified()) {
            socket.dispatch("GUILD_CREATE");
            socket.send("{\"op\":1,\"d\":2}");
            assertThat(socket.next().path("op").asInt()).isEqualTo(11);
        }
    }

    @Test
    void voiceStateRequestsAnswerWithStateThenServer() {
        try (TestSocket socket = identified()) {
            socket.dispatch("GUILD_CREATE");
            socket.send("{\"op\":4,\"d\":{\"guild_id\":" + guild.id() + ",\"channel_id\":"
                    + guild.channel("Music").id() + ",\"self_mute\":false,\"self_deaf\":false}}");
            JsonNode state = socket.next();
            JsonNode server = socket.next();
            assertThat(state.path("t").asText()).isEqualTo("VOICE_STATE_UPDATE");
            assertThat(state.path("d").path("user_id").asText()).isEqualTo(sim.botUserId());
            assertThat(state.path("d").path("member").path("user").path("id").asText())
                    .isEqualTo(sim.botUserId());
            assertThat(server.path("t").asText()).isEqualTo("VOICE_SERVER_UPDATE");
            assertThat(server.path("d").path("endpoint").asText()).matches("localhost:\\d+");
            assertThat(server.path("s").asInt()).isEqualTo(state.path("s").asInt() + 1);
            assertThat(guild.botVoiceChannel()).contains(guild.channel("Music"));

            socket.send("{\"op\":4,\"d\":{\"guild_id\":\"" + guild.id() + "\",\"channel_id\":null}}");
            JsonNode left = socket.dispatch("VOICE_STATE_UPDATE");
            assertThat(left.path("d").path("channel_id").isNull()).isTrue();
            assertThat(guild.botVoiceChannel()).isEmpty();
        }
    }

    @Test
    void resumeReplaysWhatWasMissed() {
        String sessionId;
        long seq;
        try (TestSocket socket = identified()) {
            sessionId = socket.dispatch("READY").path("d").path("session_id").asText();
            seq = socket.dispatch("GUILD_CREATE").path("s").asLong();
            socket.abort();
        }
        guild.member("bob").joinVoice("Music");
        try (TestSocket socket = TestSocket.connect(sim.gatewayUrl())) {
            socket.next();
            socket.send(
                    "{\"op\":6,\"d\":{\"token\":\"secret\",\"session_id\":\"" + sessionId + "\",\"seq\":" + seq + "}}");
            JsonNode replayed = socket.next();
            assertThat(replayed.path("t").asText()).isEqualTo("VOICE_STATE_UPDATE");
            assertThat(replayed.path("d")
                            .path("member")
                            .path("user")
                            .path("username")
                            .asText())
                    .isEqualTo("bob");
            assertThat(socket.next().path("t").asText()).isEqualTo("RESUMED");
            assertThat(sim.gateway().resumes()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownSessionCannotResume() {
        try (TestSocket socket = TestSocket.connect(sim.gatewayUrl())) {
            socket.next();
            socket.send("{\"op\":6,\"d\":{\"token\":\"secret\",\"session_id\":\"nope\",\"seq\":1}}");
            JsonNode invalid = socket.next();
            assertThat(invalid.path("op").asInt()).isEqualTo(9);
            assertThat(invalid.path("d").asBoolean()).isFalse();
        }
    }

    @Test
    void slashCommandsCarryEveryFieldJdaRequires() {
        try (TestSocket socket = identified()) {
            socket.dispatch("GUILD_CREATE");
            sim.slash(guild, "bob", "playlist save", Map.of("name", "mix", "count", 3, "public", true, "ratio", 0.5));
            JsonNode d = socket.dispatch("INTERACTION_CREATE").path("d");
            assertThat(Snowflake.timestamp(d.path("id").asText()))
                    .isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
            assertThat(d.path("type").asInt()).isEqualTo(2);
            assertThat(d.path("version").asInt()).isEqualTo(1);
            assertThat(d.path("guild").path("id").asText()).isEqualTo(guild.id());
            assertThat(d.path("channel").path("type").asInt()).isZero();
            assertThat(d.path("context").asInt()).isZero();
            assertThat(d.has("authorizing_integration_owners")).isTrue();
            assertThat(d.path("member").path("roles").get(0).asText())
                    .isEqualTo(guild.role("DJ").id());
            assertThat(d.path("member").path("permissions").asText()).isNotEmpty();
            JsonNode sub = d.path("data").path("options").get(0);
            assertThat(sub.path("name").asText()).isEqualTo("save");
            assertThat(sub.path("type").asInt()).isEqualTo(1);
            Map<String, JsonNode> options = new HashMap<>();
            sub.path("options").forEach(o -> options.put(o.path("name").asText(), o));
            assertThat(options.get("name").path("type").asInt()).isEqualTo(3);
            assertThat(options.get("count").path("type").asInt()).isEqualTo(4);
            assertThat(options.get("count").path("value").isIntegralNumber()).isTrue();
            assertThat(options.get("public").path("type").asInt()).isEqualTo(5);
            assertThat(options.get("ratio").path("type").asInt()).isEqualTo(10);
        }
    }
}
