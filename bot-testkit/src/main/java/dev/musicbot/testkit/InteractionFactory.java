package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds INTERACTION_CREATE payloads with every field JDA 6.5 requires, registers them and dispatches them. */
final class InteractionFactory {
    private final DiscordSimulator simulator;
    private final MessageStore store;
    private final CommandStore commands;

    InteractionFactory(DiscordSimulator simulator, MessageStore store, CommandStore commands) {
        this.simulator = simulator;
        this.store = store;
        this.commands = commands;
    }

    SimInteraction slash(SimGuild guild, String member, String channel, String command, Map<String, ?> options) {
        ChannelModel where = channel(guild, channel);
        ObjectNode data = commandData(guild, command, options, null, null);
        return send(2, guild, guild.memberModel(member), where, data, null, "/" + command + " " + options);
    }

    SimInteraction autocomplete(
            SimGuild guild, String member, String command, String option, String partial, Map<String, ?> others) {
        ObjectNode data = commandData(guild, command, others, option, partial);
        return send(
                4,
                guild,
                guild.memberModel(member),
                channel(guild, null),
                data,
                null,
                "autocomplete /" + command + " " + option + "=" + partial);
    }

    SimInteraction component(SimGuild guild, String member, String messageId, String customId, List<String> values) {
        StoredMessage message = store.read(s -> s.message(messageId))
                .orElseThrow(() -> new IllegalArgumentException("No message " + messageId));
        SimMessage snapshot = store.read(s -> s.snapshot(message));
        SimComponent component = snapshot.component(customId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Message " + messageId + " has no component '" + customId + "'; it has "
                                + snapshot.components().stream()
                                        .map(SimComponent::customId)
                                        .toList()));
        ObjectNode data = Json.object().put("custom_id", customId).put("component_type", component.type());
        if (values != null) {
            ArrayNode array = data.putArray("values");
            values.forEach(array::add);
        }
        return send(
                3,
                guild,
                guild.memberModel(member),
                guild.channelModel(message.channelId()),
                data,
                snapshot,
                "click " + customId + " on " + messageId);
    }

    private SimInteraction send(
            int type,
            SimGuild guild,
            MemberModel user,
            ChannelModel channel,
            ObjectNode data,
            SimMessage message,
            String description) {
        String id = Snowflake.next();
        String token = "sim-interaction-" + UUID.randomUUID();
        ObjectNode payload = envelope(type, guild, user, channel, id, token);
        payload.set("data", data);
        InteractionRecord record =
                new InteractionRecord(id, token, type, guild.id(), channel.id(), user.id(), description);
        if (message != null) {
            payload.set("message", message.json());
            record.originalId = message.id();
            record.originalEditsAtStart = message.edits();
        }
        store.update(s -> {
            s.register(record);
            return null;
        });
        if (!simulator.gatewayServer().dispatch("INTERACTION_CREATE", payload)) {
            throw new IllegalStateException("The bot has no gateway session; wait for it to connect first");
        }
        return new SimInteraction(store, record);
    }

    private ObjectNode envelope(
            int type, SimGuild guild, MemberModel user, ChannelModel channel, String id, String token) {
        ObjectNode json = Json.object()
                .put("id", id)
                .put("application_id", simulator.applicationId())
                .put("type", type)
                .put("version", 1)
                .put("token", token)
                .put("guild_id", guild.id())
                .put("channel_id", channel.id())
                .put("app_permissions", Long.toString(Permissions.inChannel(guild, guild.botModel(), channel)))
                .put("locale", guild.userLocale(user.id()))
                .put("guild_locale", guild.locale())
                .put("context", 0)
                .put("attachment_size_limit", 10_485_760);
        json.putObject("guild")
                .put("id", guild.id())
                .put("locale", guild.locale())
                .putArray("features");
        json.set("channel", Payloads.channel(channel));
        json.set(
                "member",
                Payloads.member(user).put("permissions", Long.toString(Permissions.inChannel(guild, user, channel))));
        json.putArray("entitlements");
        json.putObject("authorizing_integration_owners").put("0", guild.id());
        return json;
    }

    private ObjectNode commandData(
            SimGuild guild, String command, Map<String, ?> options, String focused, String partial) {
        String[] path = command.trim().split("\\s+");
        JsonNode registered =
                commands.find(guild.id(), path[0]).map(JsonNode.class::cast).orElse(Json.object());
        ObjectNode data = Json.object()
                .put("id", registered.path("id").asText(Snowflake.next()))
                .put("name", path[0])
                .put("type", 1);
        if (registered.has("guild_id")) {
            data.put("guild_id", guild.id());
        }
        OptionBuilder leaf = new OptionBuilder(guild, definitions(registered, path), simulator.fileHost());
        options.forEach(leaf::add);
        if (focused != null) {
            leaf.addFocused(focused, partial);
        }
        data.set("options", nest(path, leaf.options()));
        if (!leaf.resolved().isEmpty()) {
            data.set("resolved", leaf.resolved());
        }
        return data;
    }

    /** The option definitions of the (sub)command the path names. */
    private static JsonNode definitions(JsonNode command, String[] path) {
        JsonNode node = command;
        for (int i = 1; i < path.length; i++) {
            JsonNode next = Json.object();
            for (JsonNode option : node.path("options")) {
                if (option.path("name").asText().equals(path[i])) {
                    next = option;
                }
            }
            node = next;
        }
        return node.path("options");
    }

    private static ArrayNode nest(String[] path, ArrayNode leaf) {
        ArrayNode options = leaf;
        for (int i = path.length - 1; i >= 1; i--) {
            ArrayNode parent = Json.array();
            ObjectNode sub = parent.addObject().put("name", path[i]).put("type", i == path.length - 1 ? 1 : 2);
            sub.set("options", options);
            options = parent;
        }
        return options;
    }

    private static ChannelModel channel(SimGuild guild, String name) {
        return name == null ? guild.channelModel(guild.textChannel().id()) : guild.channelModelByName(name);
    }
}
