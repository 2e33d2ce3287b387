package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.gateway.GatewayHandler;
import dev.musicbot.testkit.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects the gateway protocol to the simulator's guilds and voice: READY, GUILD_CREATE, op 4 and op 8. */
final class GatewayBridge implements GatewayHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayBridge.class);

    private final DiscordSimulator simulator;
    private final VoiceRegistry voices;
    private List<JsonNode> held;

    GatewayBridge(DiscordSimulator simulator, VoiceRegistry voices) {
        this.simulator = simulator;
        this.voices = voices;
    }

    @Override
    public boolean acceptToken(String token) {
        String bare = token.startsWith("Bot ") ? token.substring(4) : token;
        return simulator.token().equals(bare);
    }

    @Override
    public ObjectNode ready(String sessionId, String resumeGatewayUrl, int shard, int total) {
        ObjectNode ready = Json.object().put("v", 10);
        ready.set(
                "user",
                Payloads.user(simulator.botUserId(), simulator.botName(), true).put("verified", true));
        ArrayNode guilds = ready.putArray("guilds");
        ofShard(shard, total).forEach(g -> guilds.addObject().put("id", g.id()).put("unavailable", true));
        ready.put("session_id", sessionId).put("session_type", "normal").put("resume_gateway_url", resumeGatewayUrl);
        ready.putArray("shard").add(shard).add(total);
        ready.putObject("application").put("id", simulator.applicationId()).put("flags", 0);
        for (String empty : new String[] {"private_channels", "relationships", "presences", "guild_join_requests"}) {
            ready.putArray(empty);
        }
        ready.putArray("_trace").add("discord-simulator");
        return ready;
    }

    @Override
    public List<Dispatch> afterReady(int shard, int total) {
        return ofShard(shard, total).stream()
                .map(g -> new Dispatch("GUILD_CREATE", Payloads.guildCreate(g, simulator.sessionId(g))))
                .toList();
    }

    /** The guilds Discord routes to a shard: {@code (guild_id >> 22) % total == shard}. */
    private List<SimGuild> ofShard(int shard, int total) {
        return simulator.guilds().stream()
                .filter(g -> (Long.parseLong(g.id()) >>> 22) % total == shard)
                .toList();
    }

    @Override
    public void onOpcode(int op, JsonNode d) {
        switch (op) {
            case 4 -> voiceStateUpdate(d);
            case 8 -> requestMembers(d);
            default -> LOG.debug("Ignoring gateway op {}: {}", op, d);
        }
    }

    /** While held, the bot's voice joins (op 4 with a channel) wait unanswered: a connection still opening. */
    synchronized void holdJoins() {
        held = new ArrayList<>();
    }

    /** Answers the joins that waited, in order, and answers new ones at once again. */
    void releaseJoins() {
        List<JsonNode> waiting;
        synchronized (this) {
            waiting = held == null ? List.of() : held;
            held = null;
        }
        waiting.forEach(this::voiceStateUpdate);
    }

    private void voiceStateUpdate(JsonNode d) {
        synchronized (this) {
            if (held != null && Json.snowflake(d, "channel_id") != null) {
                held.add(d);
                return;
            }
        }
        Optional<SimGuild> guild = simulator.guildById(Json.snowflake(d, "guild_id"));
        if (guild.isEmpty()) {
            LOG.warn("Voice state update for an unknown guild: {}", d);
            return;
        }
        SimGuild g = guild.get();
        String channelId = Json.snowflake(d, "channel_id");
        if (channelId == null) {
            voices.revoke(g);
            simulator.updateVoiceState(g, g.botModel(), null);
            return;
        }
        if (!g.channelModel(channelId).isVoice()) {
            LOG.warn("The bot asked to join {}, which is not a voice channel", channelId);
            return;
        }
        simulator.updateVoiceState(g, g.botModel(), channelId);
        simulator.sendVoiceServerUpdate(g, voices.grant(g));
    }

    private void requestMembers(JsonNode d) {
        for (JsonNode id :
                d.path("guild_id").isArray() ? d.path("guild_id") : Json.array().add(d.path("guild_id"))) {
            simulator.guildById(id.asText()).ifPresent(g -> {
                ObjectNode chunk = Json.object()
                        .put("guild_id", g.id())
                        .put("chunk_index", 0)
                        .put("chunk_count", 1);
                ArrayNode members = chunk.putArray("members");
                g.allMembers().forEach(m -> members.add(Payloads.member(m)));
                if (d.has("nonce")) {
                    chunk.set("nonce", d.path("nonce"));
                }
                simulator.gatewayServer().dispatch("GUILD_MEMBERS_CHUNK", chunk);
            });
        }
    }
}
