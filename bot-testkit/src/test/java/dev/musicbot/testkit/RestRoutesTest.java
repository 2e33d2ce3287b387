package dev.musicbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.SimTimeoutError;
import dev.musicbot.testkit.support.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** REST routes at the wire level, answering interactions the way a bot would. */
class RestRoutesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DiscordSimulator sim;
    private SimGuild guild;
    private TestSocket bot;

    @BeforeEach
    void start() {
        sim = DiscordSimulator.start();
        guild = sim.guild("Rest Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .create();
        bot = TestSocket.connect(sim.gatewayUrl());
        bot.send("{\"op\":2,\"d\":{\"token\":\"" + sim.token() + "\"}}");
        bot.dispatch("GUILD_CREATE");
    }

    @AfterEach
    void stop() {
        bot.close();
        sim.close();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.restBaseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bot " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, body, sim.token());
    }

    private JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    @Test
    void checksAuthorizationAndAnswersUnknownRoutesWith404() throws Exception {
        assertThat(call("GET", "users/@me", null, "wrong").statusCode()).isEqualTo(401);
        assertThat(call("GET", "users/@me", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> me = call("GET", "users/@me", null);
        assertThat(json(me).path("id").asText()).isEqualTo(sim.botUserId());
        assertThat(me.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("x-ratelimit"));
        HttpResponse<String> unknown = call("GET", "nothing/here", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("message").asText()).isEqualTo("404: Not Found");
        assertThat(json(unknown).path("code").asInt()).isZero();
        assertThat(sim.restCalls()).extracting(c -> c.route()).contains("GET /nothing/here");
    }

    @Test
    void gatewayDiscoveryPointsAtTheSimulator() throws Exception {
        assertThat(json(call("GET", "gateway", null)).path("url").asText()).isEqualTo(sim.gatewayUrl());
        JsonNode gatewayBot = json(call("GET", "gateway/bot", null));
        assertThat(gatewayBot.path("shards").asInt()).isEqualTo(1);
        assertThat(gatewayBot
                        .path("session_start_limit")
                        .path("max_concurrency")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void deferredReplyIsFilledByEditOrFirstFollowUp() throws Exception {
        SimInteraction play = sim.slash(guild, "alice", "play", Map.of("query", "x"));
        JsonNode interaction = bot.dispatch("INTERACTION_CREATE").path("d");
        String callback = "interactions/" + interaction.path("id").asText() + "/"
                + interaction.path("token").asText() + "/callback?with_response=true";
        HttpResponse<String> deferred = call("POST", callback, "{\"type\":5}");
        assertThat(deferred.statusCode()).isEqualTo(200);
        assertThat(json(deferred).path("resource").path("type").asInt()).isEqualTo(5);
        assertThat(play.response())
                .hasValueSatisfying(m -> assertThat(m.loading()).isTrue());
        assertThatThrownBy(() -> play.awaitResponse(Duration.ofMillis(100))).isInstanceOf(SimTimeoutError.class);
        assertThat(call("POST", callback, "{\"type\":4,\"data\":{}}").statusCode())
                .isEqualTo(400);

        String webhook = "webhooks/" + sim.applicationId() + "/"
                + interaction.path("token").asText();
        HttpResponse<String> first = call("POST", webhook + "?wait=true", "{\"content\":\"Loading…\"}");
        assertThat(play.awaitResponse(TIMEOUT).content()).isEqualTo("Loading…");
        assertThat(json(first).path("id").asText())
                .isEqualTo(play.response().orElseThrow().id());

        call("PATCH", webhook + "/messages/@original?wait=true", "{\"content\":\"Now playing: x\"}");
        assertThat(play.awaitContent(c -> c.startsWith("Now playing"), TIMEOUT).edits())
                .isEqualTo(2);

        HttpResponse<String> followUp = call("POST", webhook + "?wait=true", "{\"content\":\"queued\",\"flags\":64}");
        String followUpId = json(followUp).path("id").asText();
        assertThat(play.followUps()).singleElement().satisfies(m -> assertThat(m.ephemeral())
                .isTrue());
        call("PATCH", webhook + "/messages/" + followUpId, "{\"content\":\"queued!\"}");
        assertThat(play.awaitFollowUp(m -> m.content().equals("queued!"), TIMEOUT)
                        .id())
                .isEqualTo(followUpId);
        assertThat(call("DELETE", webhook + "/messages/@original", null).statusCode())
                .isEqualTo(204);
        assertThat(play.response())
                .hasValueSatisfying(m -> assertThat(m.deleted()).isTrue());
    }

    @Test
    void replyWithoutResponseBodyIsNoContent() throws Exception {
        SimInteraction hello = sim.slash(guild, "alice", "hello", Map.of());
        JsonNode interaction = bot.dispatch("INTERACTION_CREATE").path("d");
        HttpResponse<String> reply = call(
                "POST",
                "interactions/" + interaction.path("id").asText() + "/"
                        + interaction.path("token").asText() + "/callback",
                "{\"type\":4,\"data\":{\"content\":\"hi\",\"flags\":64,\"embeds\":[{\"title\":\"T\"}]}}");
        assertThat(reply.statusCode()).isEqualTo(204);
        SimMessage message = hello.awaitResponse(TIMEOUT);
        assertThat(message.ephemeral()).isTrue();
        assertThat(message.embeds()).singleElement().satisfies(e -> assertThat(e.title())
                .isEqualTo("T"));
        assertThat(message.json().path("embeds").get(0).path("type").asText()).isEqualTo("rich");
    }

    @Test
    void channelMessagesCanBeSentEditedAndDeleted() throws Exception {
        SimChannel general = guild.channel("general");
        JsonNode sent = json(call("POST", "channels/" + general.id() + "/messages", "{\"content\":\"hello\"}"));
        assertThat(sent.path("author").path("id").asText()).isEqualTo(sim.botUserId());
        assertThat(sent.path("mentions").isArray()).isTrue();
        String path =
                "channels/" + general.id() + "/messages/" + sent.path("id").asText();
        call("PATCH", path, "{\"content\":\"hello again\"}");
        assertThat(sim.awaitChannelMessage(general, m -> m.content().equals("hello again"), TIMEOUT)
                        .edits())
                .isEqualTo(1);
        assertThat(json(call("GET", "channels/" + general.id() + "/messages?limit=5", null))
                        .size())
                .isEqualTo(1);
        assertThat(call("DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(sim.channelMessages(general)).isEmpty();
        assertThat(call("POST", "channels/123/messages", "{\"content\":\"x\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMessageDeletedByAModeratorAnswersUnknownMessageToTheBot() throws Exception {
        SimChannel general = guild.channel("general");
        String id = json(call("POST", "channels/" + general.id() + "/messages", "{\"content\":\"live\"}"))
                .path("id")
                .asText();

        assertThat(sim.deleteMessage(id)).isTrue();
        JsonNode event = bot.dispatch("MESSAGE_DELETE");
        assertThat(event.path("d").path("id").asText()).isEqualTo(id);
        assertThat(event.path("d").path("channel_id").asText()).isEqualTo(general.id());
        HttpResponse<String> edit =
                call("PATCH", "channels/" + general.id() + "/messages/" + id, "{\"content\":\"next line\"}");
        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(json(edit).path("code").asInt()).isEqualTo(10008);
        assertThat(sim.message(id))
                .hasValueSatisfying(m -> assertThat(m.deleted()).isTrue());
        assertThat(sim.deleteMessage(id)).as("already gone").isFalse();
    }

    @Test
    void commandsAreStoredWithIdsAndReusedInInteractions() throws Exception {
        String body = "[{\"name\":\"play\",\"description\":\"Play\",\"type\":1,\"options\":[{\"name\":\"volume\","
                + "\"description\":\"v\",\"type\":10}]}]";
        JsonNode stored =
                json(call("PUT", "applications/" + sim.applicationId() + "/guilds/" + guild.id() + "/commands", body));
        String id = stored.get(0).path("id").asText();
        assertThat(sim.commands(guild)).hasSize(1);
        assertThat(sim.awaitCommand("play", TIMEOUT).path("id").asText()).isEqualTo(id);

        sim.slash(guild, "alice", "play", Map.of("volume", 50));
        JsonNode data = bot.dispatch("INTERACTION_CREATE").path("d").path("data");
        assertThat(data.path("id").asText()).isEqualTo(id);
        assertThat(data.path("guild_id").asText()).isEqualTo(guild.id());
        assertThat(data.path("options").get(0).path("type").asInt()).isEqualTo(10);
    }

    @Test
    void voiceStatesChannelsAndMembersCanBeFetched() throws Exception {
        guild.member("alice").joinVoice("Music");
        JsonNode state = json(call(
                "GET",
                "guilds/" + guild.id() + "/voice-states/"
                        + guild.member("alice").id(),
                null));
        assertThat(state.path("channel_id").asText())
                .isEqualTo(guild.channel("Music").id());
        assertThat(call("GET", "guilds/" + guild.id() + "/voice-states/@me", null)
                        .statusCode())
                .isEqualTo(404);
        JsonNode channel = json(call("GET", "channels/" + guild.channel("Music").id(), null));
        assertThat(channel.path("type").asInt()).isEqualTo(2);
        JsonNode member = json(call(
                "GET",
                "guilds/" + guild.id() + "/members/" + guild.member("alice").id(),
                null));
        assertThat(member.path("user").path("username").asText()).isEqualTo("alice");
    }
}
