package dev.musicbot.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link GuildBuilder} into a {@link SimGuild}, assigning ids and resolving names. */
final class GuildFactory {
    private final DiscordSimulator simulator;
    private final GuildBuilder spec;
    private final String guildId;
    private final Map<String, SimRole> roles = new LinkedHashMap<>();
    private final Map<String, MemberModel> members = new LinkedHashMap<>();
    private MemberModel bot;

    private GuildFactory(DiscordSimulator simulator, GuildBuilder spec) {
        this.simulator = simulator;
        this.spec = spec;
        this.guildId = spec.id() == null ? Snowflake.next() : spec.id();
    }

    static SimGuild build(DiscordSimulator simulator, GuildBuilder spec) {
        return new GuildFactory(simulator, spec).build();
    }

    private SimGuild build() {
        roles.put(ChannelBuilder.EVERYONE, new SimRole(guildId, "@everyone", spec.everyonePermissions(), 0));
        for (GuildBuilder.RoleSpec role : spec.roles()) {
            roles.put(role.name(), new SimRole(Snowflake.next(), role.name(), role.permissions(), roles.size()));
        }
        bot = new MemberModel(simulator.botUserId(), simulator.botName(), true, roleIds(spec.botRoles()));
        spec.members()
                .forEach((name, roleNames) ->
                        members.put(name, new MemberModel(Snowflake.next(), name, false, roleIds(roleNames))));
        List<ChannelModel> channels = new ArrayList<>();
        for (GuildBuilder.ChannelSpec channel : spec.channels()) {
            channels.add(channel(channel, channels.size()));
        }
        String ownerId =
                spec.owner() == null ? Snowflake.next() : member(spec.owner()).id();
        SimGuild guild = new SimGuild(
                simulator, guildId, spec.name(), ownerId, List.copyOf(roles.values()), channels, members, bot);
        guild.locale(spec.locale());
        spec.voiceStates()
                .forEach((member, channel) -> guild.putVoiceState(member(member).id(), channelId(channels, channel)));
        return guild;
    }

    private ChannelModel channel(GuildBuilder.ChannelSpec spec, int position) {
        List<Overwrite> overwrites = new ArrayList<>();
        for (ChannelBuilder.PendingOverwrite o : spec.options().overwrites()) {
            overwrites.add(new Overwrite(target(o), o.member(), o.allow(), o.deny()));
        }
        SimChannel channel = new SimChannel(Snowflake.next(), spec.name(), spec.type(), guildId);
        return new ChannelModel(
                channel, position, List.copyOf(overwrites), spec.options().userLimit());
    }

    private String target(ChannelBuilder.PendingOverwrite o) {
        if (o.target().equals(ChannelBuilder.BOT)) {
            return bot.id();
        }
        return o.member() ? member(o.target()).id() : role(o.target()).id();
    }

    private List<String> roleIds(List<String> names) {
        return names.stream().map(name -> role(name).id()).toList();
    }

    private SimRole role(String name) {
        SimRole role = roles.get(name);
        if (role == null) {
            throw new IllegalArgumentException("Unknown role '" + name + "'; declare it with role(...)");
        }
        return role;
    }

    private MemberModel member(String name) {
        MemberModel member = members.get(name);
        if (member == null) {
            throw new IllegalArgumentException("Unknown member '" + name + "'; declare it with member(...)");
        }
        return member;
    }

    private static String channelId(List<ChannelModel> channels, String name) {
        return channels.stream()
                .filter(c -> c.name().equals(name) && c.isVoice())
                .findFirst()
                .map(ChannelModel::id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown voice channel '" + name + "'"));
    }
}
