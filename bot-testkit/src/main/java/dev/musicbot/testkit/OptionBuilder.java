package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import java.math.BigDecimal;

/**
 * Builds the leaf options of a command interaction. The type comes from the registered definition when there is
 * one, otherwise from the Java value: String 3, Integer/Long 4, Boolean 5, Double/Float 10, {@link SimMember} 6,
 * {@link SimChannel} 7, {@link SimRole} 8, {@link SimFile} 11 (hosted on the simulator's file server).
 */
final class OptionBuilder {
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;
    private static final int USER = 6;
    private static final int CHANNEL = 7;
    private static final int ROLE = 8;
    private static final int NUMBER = 10;
    private static final int ATTACHMENT = 11;

    private final SimGuild guild;
    private final JsonNode definitions;
    private final ArrayNode options = Json.array();
    private final ObjectNode resolved = Json.object();

    private final FileHost files;

    OptionBuilder(SimGuild guild, JsonNode definitions, FileHost files) {
        this.guild = guild;
        this.files = files;
        this.definitions = definitions;
    }

    ArrayNode options() {
        return options;
    }

    ObjectNode resolved() {
        return resolved;
    }

    void add(String name, Object value) {
        int type = definedType(name, inferType(value));
        ObjectNode option = options.addObject().put("name", name).put("type", type);
        switch (type) {
            case INTEGER ->
                option.put("value", value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value)));
            case NUMBER ->
                option.put(
                        "value",
                        value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value)));
            case BOOLEAN -> option.put("value", Boolean.parseBoolean(String.valueOf(value)));
            case USER -> option.put("value", user(value));
            case CHANNEL -> option.put("value", channel(value));
            case ROLE -> option.put("value", role(value));
            case ATTACHMENT -> option.put("value", attachment(value));
            default -> option.put("value", String.valueOf(value));
        }
    }

    void addFocused(String name, String partial) {
        options.addObject()
                .put("name", name)
                .put("type", definedType(name, STRING))
                .put("value", partial)
                .put("focused", true);
    }

    private int definedType(String name, int fallback) {
        for (JsonNode definition : definitions) {
            if (definition.path("name").asText().equals(name)) {
                return definition.path("type").asInt(fallback);
            }
        }
        return fallback;
    }

    private static int inferType(Object value) {
        return switch (value) {
            case Integer _ -> INTEGER;
            case Long _ -> INTEGER;
            case Short _ -> INTEGER;
            case Double _ -> NUMBER;
            case Float _ -> NUMBER;
            case BigDecimal _ -> NUMBER;
            case Boolean _ -> BOOLEAN;
            case SimMember _ -> USER;
            case SimChannel _ -> CHANNEL;
            case SimRole _ -> ROLE;
            case SimFile _ -> ATTACHMENT;
            default -> STRING;
        };
    }

    private String user(Object value) {
        MemberModel member = value instanceof SimMember m ? m.model() : guild.memberModel(String.valueOf(value));
        resolved.withObjectProperty("users").set(member.id(), Payloads.user(member.id(), member.name(), member.bot()));
        ObjectNode json = Payloads.member(member);
        json.remove("user");
        resolved.withObjectProperty("members").set(member.id(), json);
        return member.id();
    }

    private String channel(Object value) {
        SimChannel channel = value instanceof SimChannel c ? c : guild.channel(String.valueOf(value));
        ObjectNode json = Payloads.channel(guild.channelModel(channel.id()));
        json.put("permissions", Long.toString(SimPermission.ALL));
        resolved.withObjectProperty("channels").set(channel.id(), json);
        return channel.id();
    }

    private String attachment(Object value) {
        if (!(value instanceof SimFile file)) {
            throw new IllegalArgumentException("an attachment option takes a SimFile, not " + value);
        }
        String id = Snowflake.next();
        String url = files.host(id, file).toString();
        ObjectNode json = Json.object()
                .put("id", id)
                .put("filename", file.fileName())
                .put("size", file.content().length)
                .put("url", url)
                .put("proxy_url", url);
        if (!file.contentType().isEmpty()) {
            json.put("content_type", file.contentType());
        }
        resolved.withObjectProperty("attachments").set(id, json);
        return id;
    }

    private String role(Object value) {
        SimRole role = value instanceof SimRole r ? r : guild.role(String.valueOf(value));
        resolved.withObjectProperty("roles").set(role.id(), Payloads.role(role));
        return role.id();
    }
}
