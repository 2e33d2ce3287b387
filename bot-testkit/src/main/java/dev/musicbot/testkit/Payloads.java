package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import java.util.Map;

/** Builds the gateway and REST JSON for guild entities, with the fields JDA 6.5 reads with throwing getters. */
final class Payloads {
    static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

    private Payloads() {}

    static ObjectNode user(String id, String name, boolean bot) {
        return Json.object()
                .put("id", id)
                .put("username", name)
                .put("discriminator", "0")
                .putNull("global_name")
                .putNull("avatar")
                .put("bot", bot)
                .put("public_flags", 0);
    }

    static ObjectNode member(MemberModel member) {
        ObjectNode json = Json.object();
        json.set("user", user(member.id(), member.name(), member.bot()));
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(roles::add);
        return json.putNull("nick")
                .putNull("avatar")
                .put("joined_at", JOINED_AT)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false);
    }

    static ObjectNode memberAdd(SimGuild guild, MemberModel member) {
        return member(member).put("guild_id", guild.id());
    }

    static ObjectNode role(SimRole role) {
        ObjectNode json = Json.object()
                .put("id", role.id())
                .put("name", role.name())
                .put("position", role.position())
                .put("permissions", Long.toString(role.permissions()))
                .put("color", 0)
                .put("managed", false)
                .put("hoist", false)
                .put("mentionable", false)
                .put("flags", 0);
        json.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        return json;
    }

    static ObjectNode channel(ChannelModel channel) {
        ObjectNode json = Json.object()
                .put("id", channel.id())
                .put("type", channel.channel().type().code())
                .put("name", channel.name())
                .put("position", channel.position())
                .put("guild_id", channel.channel().guildId())
                .putNull("parent_id")
                .put("nsfw", false);
        ArrayNode overwrites = json.putArray("permission_overwrites");
        for (Overwrite o : channel.overwrites()) {
            overwrites
                    .addObject()
                    .put("id", o.targetId())
                    .put("type", o.member() ? 1 : 0)
                    .put("allow", Long.toString(o.allow()))
                    .put("deny", Long.toString(o.deny()));
        }
        if (channel.isVoice()) {
            json.put("bitrate", 64_000).put("user_limit", channel.userLimit()).putNull("rtc_region");
        } else {
            json.putNull("topic").put("rate_limit_per_user", 0).putNull("last_message_id");
        }
        return json;
    }

    static ObjectNode voiceState(SimGuild guild, MemberModel member, String channelId, String sessionId) {
        ObjectNode json = Json.object()
                .put("guild_id", guild.id())
                .put("channel_id", channelId)
                .put("user_id", member.id())
                .put("session_id", sessionId)
                .put("self_mute", false)
                .put("self_deaf", false)
                .put("mute", false)
                .put("deaf", false)
                .put("suppress", false)
                .put("self_video", false)
                .putNull("request_to_speak_timestamp");
        json.set("member", member(member));
        return json;
    }

    static ObjectNode guildCreate(SimGuild guild, String botSessionId) {
        ObjectNode json = Json.object()
                .put("id", guild.id())
                .put("name", guild.name())
                .put("owner_id", guild.ownerId())
                .put("unavailable", false)
                .put("afk_timeout", 300)
                .putNull("afk_channel_id")
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("preferred_locale", guild.locale())
                .put("large", false)
                .put("joined_at", JOINED_AT);
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(r -> roles.add(role(r)));
        ArrayNode channels = json.putArray("channels");
        guild.channelModels().forEach(c -> channels.add(channel(c)));
        ArrayNode members = json.putArray("members");
        guild.allMembers().forEach(m -> members.add(member(m)));
        json.put("member_count", members.size());
        ArrayNode voiceStates = json.putArray("voice_states");
        for (Map.Entry<String, String> state : guild.voiceStates().entrySet()) {
            guild.memberById(state.getKey()).ifPresent(m -> {
                ObjectNode vs = voiceState(guild, m, state.getValue(), sessionId(m, botSessionId));
                vs.remove("member");
                voiceStates.add(vs);
            });
        }
        for (String empty : new String[] {
            "threads",
            "guild_scheduled_events",
            "emojis",
            "stickers",
            "features",
            "presences",
            "stage_instances",
            "soundboard_sounds"
        }) {
            json.putArray(empty);
        }
        return json;
    }

    static String sessionId(MemberModel member, String botSessionId) {
        return member.bot() && botSessionId != null ? botSessionId : "sim-voice-" + member.id();
    }
}
