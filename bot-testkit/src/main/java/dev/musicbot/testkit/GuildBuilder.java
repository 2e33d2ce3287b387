package dev.musicbot.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Describes a guild, then {@link #create()}s it in the simulator. Before the bot connects the guild is part of
 * READY; afterwards it arrives as a GUILD_CREATE (a guild join).
 *
 * <pre>{@code
 * SimGuild g = sim.guild("Test Guild")
 *         .textChannel("general")
 *         .voiceChannel("Music")
 *         .voiceChannel("Locked", c -> c.denyBot(SimPermission.CONNECT))
 *         .role("DJ")
 *         .role("Mod", SimPermission.MANAGE_GUILD)
 *         .member("alice")
 *         .member("bob", "DJ")
 *         .voiceState("alice", "Music")
 *         .create();
 * }</pre>
 */
public final class GuildBuilder {
    record ChannelSpec(String name, SimChannel.Type type, ChannelBuilder options) {}

    record RoleSpec(String name, long permissions) {}

    private final DiscordSimulator simulator;
    private final String name;
    private final List<ChannelSpec> channels = new ArrayList<>();
    private final List<RoleSpec> roles = new ArrayList<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final Map<String, String> voiceStates = new LinkedHashMap<>();
    private final List<String> botRoles = new ArrayList<>();
    private long everyonePermissions = SimPermission.DEFAULT_EVERYONE;
    private String owner;
    private String locale = "en-US";
    private String id;

    GuildBuilder(DiscordSimulator simulator, String name) {
        this.simulator = simulator;
        this.name = name;
    }

    /** Adds a text channel. */
    public GuildBuilder textChannel(String channelName) {
        return textChannel(channelName, c -> {});
    }

    /** Adds a text channel with overwrites. */
    public GuildBuilder textChannel(String channelName, Consumer<ChannelBuilder> options) {
        return channel(channelName, SimChannel.Type.TEXT, options);
    }

    /** Adds a voice channel. */
    public GuildBuilder voiceChannel(String channelName) {
        return voiceChannel(channelName, c -> {});
    }

    /** Adds a voice channel with overwrites or a user limit. */
    public GuildBuilder voiceChannel(String channelName, Consumer<ChannelBuilder> options) {
        return channel(channelName, SimChannel.Type.VOICE, options);
    }

    /** Adds a role granting the given permissions (none: a plain role such as "DJ"). */
    public GuildBuilder role(String roleName, SimPermission... permissions) {
        roles.add(new RoleSpec(roleName, SimPermission.mask(permissions)));
        return this;
    }

    /** Adds a member with roles (by name). */
    public GuildBuilder member(String memberName, String... roleNames) {
        members.put(memberName, List.of(roleNames));
        return this;
    }

    /** Puts a member into a voice channel from the start (sent in GUILD_CREATE's voice_states). */
    public GuildBuilder voiceState(String memberName, String channelName) {
        voiceStates.put(memberName, channelName);
        return this;
    }

    /** Gives the bot's member roles (by name). */
    public GuildBuilder botRoles(String... roleNames) {
        botRoles.addAll(List.of(roleNames));
        return this;
    }

    /** Replaces @everyone's permissions (default {@link SimPermission#DEFAULT_EVERYONE}). */
    public GuildBuilder everyonePermissions(SimPermission... permissions) {
        everyonePermissions = SimPermission.mask(permissions);
        return this;
    }

    /** Makes a member the guild owner (owners have every permission). Default: a user who is not a member. */
    public GuildBuilder owner(String memberName) {
        owner = memberName;
        return this;
    }

    /**
     * The guild's preferred locale (a community server's language setting, {@code preferred_locale} in
     * GUILD_CREATE and {@code guild_locale} in interactions). Default {@code en-US}.
     */
    public GuildBuilder locale(String discordLocale) {
        locale = discordLocale;
        return this;
    }

    String locale() {
        return locale;
    }

    /**
     * Gives the guild an id that Discord routes to shard {@code shard} of {@code total}
     * ({@code (guild_id >> 22) % total == shard}); by default the id is a fresh snowflake, whose shard depends on
     * the millisecond it was made in.
     */
    public GuildBuilder onShard(int shard, int total) {
        if (total < 1 || shard < 0 || shard >= total) {
            throw new IllegalArgumentException("shard " + shard + " of " + total);
        }
        id = Snowflake.onShard(shard, total);
        return this;
    }

    /** The id chosen by {@link #onShard}, or null for a fresh one. */
    String id() {
        return id;
    }

    /** Creates the guild and announces it to the bot if it is connected. */
    public SimGuild create() {
        return simulator.addGuild(this);
    }

    String name() {
        return name;
    }

    List<ChannelSpec> channels() {
        return List.copyOf(channels);
    }

    List<RoleSpec> roles() {
        return List.copyOf(roles);
    }

    Map<String, List<String>> members() {
        return new LinkedHashMap<>(members);
    }

    Map<String, String> voiceStates() {
        return new LinkedHashMap<>(voiceStates);
    }

    List<String> botRoles() {
        return List.copyOf(botRoles);
    }

    long everyonePermissions() {
        return everyonePermissions;
    }

    String owner() {
        return owner;
    }

    private GuildBuilder channel(String channelName, SimChannel.Type type, Consumer<ChannelBuilder> options) {
        ChannelBuilder builder = new ChannelBuilder();
        options.accept(builder);
        channels.add(new ChannelSpec(channelName, type, builder));
        return this;
    }
}
