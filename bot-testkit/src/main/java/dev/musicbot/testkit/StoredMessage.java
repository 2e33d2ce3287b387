package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** A message in the {@link MessageStore}; mutable, guarded by the store's lock. */
final class StoredMessage {
    private static final Set<String> NOT_STORED = Set.of("attachments", "allowed_mentions", "nonce", "enforce_nonce");

    private final String id;
    private final String channelId;
    private final String guildId;
    private final int type;
    private final String webhookId;
    private final Instant created = Instant.now();
    private final ObjectNode data = Json.object().put("content", "").put("flags", 0);
    private final ArrayNode attachments = Json.array();
    private Instant editedAt;
    private int edits;
    private boolean deleted;

    StoredMessage(String id, String channelId, String guildId, int type, String webhookId) {
        this.id = id;
        this.channelId = channelId;
        this.guildId = guildId;
        this.type = type;
        this.webhookId = webhookId;
        data.putArray("embeds");
        data.putArray("components");
    }

    String id() {
        return id;
    }

    String channelId() {
        return channelId;
    }

    int flags() {
        return data.path("flags").asInt();
    }

    int edits() {
        return edits;
    }

    boolean deleted() {
        return deleted;
    }

    /** Sets the initial content from a create body. */
    void init(JsonNode body, int extraFlags, List<String> files) {
        merge(body);
        data.put("flags", data.path("flags").asInt() | extraFlags);
        files.forEach(name -> attachments
                .addObject()
                .put("id", Snowflake.next())
                .put("filename", name)
                .put("size", 0)
                .put("url", "http://127.0.0.1/attachments/" + id + "/" + name)
                .put("proxy_url", "http://127.0.0.1/attachments/" + id + "/" + name));
    }

    /** Applies an edit; ephemeral stays, loading is cleared. */
    void edit(JsonNode body) {
        int kept = flags() & SimMessage.EPHEMERAL;
        merge(body);
        int requested = body.has("flags") ? body.path("flags").asInt() : flags();
        data.put("flags", kept | (requested & ~(SimMessage.EPHEMERAL | SimMessage.LOADING)));
        edits++;
        editedAt = Instant.now();
    }

    void delete() {
        deleted = true;
    }

    private void merge(JsonNode body) {
        body.properties().forEach(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue().deepCopy();
            if (NOT_STORED.contains(key)) {
                return;
            }
            if (key.equals("content") && value.isNull()) {
                value = Json.mapper().getNodeFactory().textNode("");
            }
            if (key.equals("embeds")) {
                // Discord marks every embed a bot sends as "rich"; JDA refuses embeds without a type.
                value.forEach(e -> {
                    if (e instanceof ObjectNode embed && !embed.has("type")) {
                        embed.put("type", "rich");
                    }
                });
            }
            data.set(key, value);
        });
    }

    /** The message object as Discord would return it. */
    ObjectNode toJson(String botUserId, String botName) {
        ObjectNode json = data.deepCopy();
        json.put("id", id).put("type", type).put("channel_id", channelId);
        if (guildId != null) {
            json.put("guild_id", guildId);
        }
        json.set("author", Payloads.user(botUserId, botName, true));
        json.put("timestamp", format(created));
        json.put("edited_timestamp", editedAt == null ? null : format(editedAt));
        json.put("tts", json.path("tts").asBoolean(false))
                .put("mention_everyone", false)
                .put("pinned", false);
        json.putArray("mentions");
        json.putArray("mention_roles");
        json.set("attachments", attachments.deepCopy());
        if (webhookId != null) {
            json.put("webhook_id", webhookId).put("application_id", webhookId);
        }
        return json;
    }

    SimMessage snapshot(String botUserId, String botName) {
        ObjectNode json = toJson(botUserId, botName);
        List<SimEmbed> embeds =
                json.path("embeds").valueStream().map(SimEmbed::of).toList();
        return new SimMessage(
                id,
                channelId,
                json.path("content").asText(""),
                embeds,
                SimComponent.flatten(json.path("components")),
                flags(),
                edits,
                deleted,
                json);
    }

    private static String format(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
