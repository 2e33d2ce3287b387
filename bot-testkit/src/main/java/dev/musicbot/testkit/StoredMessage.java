package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.rest.UploadedFile;
import dev.musicbot.testkit.support.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
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
    private final List<SimAttachment> attachments = new ArrayList<>();
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

    String guildId() {
        return guildId;
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
    void init(JsonNode body, int extraFlags, List<UploadedFile> files) {
        merge(body);
        data.put("flags", data.path("flags").asInt() | extraFlags);
        attach(files);
    }

    /** Applies an edit without files; ephemeral stays, loading is cleared. */
    void edit(JsonNode body) {
        edit(body, List.of());
    }

    /**
     * Applies an edit; ephemeral stays, loading is cleared. As on Discord, an {@code attachments} array in the body
     * keeps only the listed existing attachments (by id); uploaded files are added.
     */
    void edit(JsonNode body, List<UploadedFile> files) {
        int kept = flags() & SimMessage.EPHEMERAL;
        if (body.path("attachments").isArray()) {
            Set<String> keep = new HashSet<>();
            body.path("attachments").forEach(a -> keep.add(a.path("id").asText()));
            attachments.removeIf(a -> !keep.contains(a.id()));
        }
        attach(files);
        merge(body);
        int requested = body.has("flags") ? body.path("flags").asInt() : flags();
        data.put("flags", kept | (requested & ~(SimMessage.EPHEMERAL | SimMessage.LOADING)));
        edits++;
        editedAt = Instant.now();
    }

    private void attach(List<UploadedFile> files) {
        files.forEach(
                f -> attachments.add(new SimAttachment(Snowflake.next(), f.fileName(), f.contentType(), f.content())));
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
        ArrayNode files = json.putArray("attachments");
        attachments.forEach(a -> files.addObject()
                .put("id", a.id())
                .put("filename", a.fileName())
                .put("size", a.size())
                .put("url", "http://127.0.0.1/attachments/" + id + "/" + a.fileName())
                .put("proxy_url", "http://127.0.0.1/attachments/" + id + "/" + a.fileName()));
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
                json,
                List.copyOf(attachments));
    }

    private static String format(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
