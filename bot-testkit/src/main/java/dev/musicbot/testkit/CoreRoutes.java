package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.rest.RestRequest;
import dev.musicbot.testkit.rest.RestResponse;
import dev.musicbot.testkit.rest.RestServer;
import dev.musicbot.testkit.support.Json;
import java.util.Optional;

/** Identity, gateway discovery, channels, members and voice-state routes. */
final class CoreRoutes {
    private final DiscordSimulator simulator;

    CoreRoutes(DiscordSimulator simulator) {
        this.simulator = simulator;
    }

    void register(RestServer rest) {
        rest.route("GET", "/users/@me", r -> RestResponse.ok(self()))
                .route("GET", "/users/{user}", this::user)
                .route("GET", "/gateway", r -> RestResponse.ok(Json.object().put("url", simulator.gatewayUrl())))
                .route("GET", "/gateway/bot", r -> RestResponse.ok(gatewayBot()))
                .route("GET", "/oauth2/applications/@me", r -> RestResponse.ok(application()))
                .route("GET", "/applications/@me", r -> RestResponse.ok(application()))
                .route("GET", "/channels/{channel}", this::channel)
                .route("GET", "/guilds/{guild}/members/{user}", this::member)
                .route("GET", "/guilds/{guild}/voice-states/{user}", this::voiceState);
    }

    private ObjectNode self() {
        return Payloads.user(simulator.botUserId(), simulator.botName(), true)
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
    }

    private RestResponse user(RestRequest request) {
        return simulator.guilds().stream()
                .flatMap(g -> g.memberById(request.param("user")).stream())
                .findFirst()
                .map(m -> RestResponse.ok(Payloads.user(m.id(), m.name(), m.bot())))
                .orElseGet(() -> RestResponse.notFound("Unknown User", 10013));
    }

    private ObjectNode gatewayBot() {
        ObjectNode json = Json.object().put("url", simulator.gatewayUrl()).put("shards", simulator.recommendedShards());
        json.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 1000)
                .put("reset_after", 0)
                .put("max_concurrency", simulator.maxConcurrency());
        return json;
    }

    private ObjectNode application() {
        ObjectNode json = Json.object()
                .put("id", simulator.applicationId())
                .put("name", simulator.botName())
                .put("description", "")
                .putNull("icon")
                .put("bot_public", true)
                .put("bot_require_code_grant", false)
                .put("flags", 0)
                .putNull("team")
                .put("verify_key", "0");
        json.set("owner", Payloads.user(simulator.ownerUserId(), "owner", false));
        return json;
    }

    private RestResponse channel(RestRequest request) {
        String channelId = request.param("channel");
        return simulator
                .guildOfChannel(channelId)
                .map(g -> RestResponse.ok(Payloads.channel(g.channelModel(channelId))))
                .orElseGet(() -> RestResponse.notFound("Unknown Channel", 10003));
    }

    private RestResponse member(RestRequest request) {
        return simulator
                .guildById(request.param("guild"))
                .flatMap(g -> g.memberById(request.param("user")))
                .map(m -> RestResponse.ok(Payloads.member(m)))
                .orElseGet(() -> RestResponse.notFound("Unknown Member", 10007));
    }

    private RestResponse voiceState(RestRequest request) {
        Optional<SimGuild> guild = simulator.guildById(request.param("guild"));
        String userId = request.param("user").equals("@me") ? simulator.botUserId() : request.param("user");
        return guild.flatMap(g -> g.memberById(userId).flatMap(m -> g.voiceChannelOf(userId)
                        .map(c -> Payloads.voiceState(g, m, c.id(), Payloads.sessionId(m, simulator.sessionId(g))))))
                .map(RestResponse::ok)
                .orElseGet(() -> RestResponse.notFound("Unknown Voice State", 10065));
    }
}
