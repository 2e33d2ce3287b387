package dev.musicbot.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guild in the simulator: its channels, roles and members, and who is in which voice channel. Create one
 * with {@link DiscordSimulator#guild(String)}. Thread-safe.
 */
public final class SimGuild {
    private final DiscordSimulator simulator;
    private final String id;
    private final String name;
    private final String ownerId;
    private final List<SimRole> roles;
    private final List<ChannelModel> channels;
    private final Map<String, MemberModel> members;
    private final MemberModel bot;
    private final Map<String, String> voiceStates = new LinkedHashMap<>();
    private final Map<String, String> userLocales = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String locale = "en-US";

    SimGuild(
            DiscordSimulator simulator,
            String id,
            String name,
            String ownerId,
            List<SimRole> roles,
            List<ChannelModel> channels,
            Map<String, MemberModel> members,
            MemberModel bot) {
        this.simulator = simulator;
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        this.roles = List.copyOf(roles);
        this.channels = List.copyOf(channels);
        this.members = new LinkedHashMap<>(members);
        this.bot = bot;
    }

    /** The guild id. */
    public String id() {
        return id;
    }

    /** The guild's preferred locale, such as {@code en-US} or {@code vi}. */
    public String locale() {
        return locale;
    }

    void locale(String discordLocale) {
        locale = discordLocale;
    }

    /** The language a member's Discord client is set to ({@code locale} of their interactions); {@code en-US} by default. */
    String userLocale(String userId) {
        return userLocales.getOrDefault(userId, "en-US");
    }

    void userLocale(String userId, String discordLocale) {
        userLocales.put(userId, discordLocale);
    }

    /** The guild name. */
    public String name() {
        return name;
    }

    /** The owner's user id. */
    public String ownerId() {
        return ownerId;
    }

    /** All channels in order. */
    public List<SimChannel> channels() {
        return channels.stream().map(ChannelModel::channel).toList();
    }

    /**
     * A channel by name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public SimChannel channel(String channelName) {
        return channelModelByName(channelName).channel();
    }

    /** The first text channel (interactions happen there unless told otherwise). */
    public SimChannel textChannel() {
        return firstOfType(SimChannel.Type.TEXT);
    }

    /** The first voice channel. */
    public SimChannel voiceChannel() {
        return firstOfType(SimChannel.Type.VOICE);
    }

    /** All roles; the first is @everyone. */
    public List<SimRole> roles() {
        return roles;
    }

    /** The @everyone role, whose id is the guild id. */
    public SimRole everyoneRole() {
        return roles.getFirst();
    }

    /** A role by name. */
    public SimRole role(String roleName) {
        return roles.stream()
                .filter(r -> r.name().equals(roleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No role '" + roleName + "' in " + name));
    }

    /** A (non-bot) member by name. */
    public synchronized SimMember member(String memberName) {
        return new SimMember(this, memberModel(memberName));
    }

    /** All non-bot members. */
    public synchronized List<SimMember> members() {
        return members.values().stream().map(m -> new SimMember(this, m)).toList();
    }

    /** The bot's own member. */
    public SimMember bot() {
        return new SimMember(this, bot);
    }

    /** Adds a member after creation; the bot sees a GUILD_MEMBER_ADD if it is connected. */
    public SimMember addMember(String memberName, String... roleNames) {
        List<String> roleIds =
                List.of(roleNames).stream().map(r -> role(r).id()).toList();
        MemberModel member = new MemberModel(Snowflake.next(), memberName, false, roleIds);
        simulator.gatewayServer().locked(() -> {
            synchronized (this) {
                members.put(memberName, member);
            }
            return simulator.gatewayServer().dispatch("GUILD_MEMBER_ADD", Payloads.memberAdd(this, member));
        });
        simulator.stateSignal().fire();
        return new SimMember(this, member);
    }

    /** Removes the bot from this guild (a kick): the bot gets a GUILD_DELETE and its voice session ends. */
    public void removeBot() {
        simulator.removeGuild(this);
    }

    /** The voice channel the bot is in, according to its last voice state update. */
    public Optional<SimChannel> botVoiceChannel() {
        return voiceChannelOf(bot.id());
    }

    /** Waits until the bot is in any voice channel. */
    public SimChannel awaitBotVoiceChannel(Duration timeout) {
        return simulator
                .stateSignal()
                .await(this::botVoiceChannel, timeout, () -> "the bot to join a voice channel in " + name);
    }

    /** Waits until the bot is in no voice channel. */
    public void awaitBotLeftVoice(Duration timeout) {
        simulator
                .stateSignal()
                .await(
                        () -> botVoiceChannel().isEmpty() ? Optional.of(true) : Optional.empty(),
                        timeout,
                        () -> "the bot to leave voice in " + name + "; it is in " + botVoiceChannel());
    }

    /** The bot's permissions in a channel (as the simulator computes them), for checking a test's setup. */
    public long botPermissions(String channelName) {
        return Permissions.inChannel(this, bot, channelModelByName(channelName));
    }

    synchronized Optional<SimChannel> voiceChannelOf(String userId) {
        String channelId = voiceStates.get(userId);
        return channelId == null
                ? Optional.empty()
                : Optional.of(channelModel(channelId).channel());
    }

    synchronized Map<String, String> voiceStates() {
        return new LinkedHashMap<>(voiceStates);
    }

    synchronized void putVoiceState(String userId, String channelId) {
        if (channelId == null) {
            voiceStates.remove(userId);
        } else {
            voiceStates.put(userId, channelId);
        }
    }

    synchronized List<MemberModel> allMembers() {
        List<MemberModel> all = new ArrayList<>();
        all.add(bot);
        all.addAll(members.values());
        return all;
    }

    synchronized Optional<MemberModel> memberById(String userId) {
        return allMembers().stream().filter(m -> m.id().equals(userId)).findFirst();
    }

    synchronized MemberModel memberModel(String memberName) {
        MemberModel member = members.get(memberName);
        if (member == null) {
            throw new IllegalArgumentException(
                    "No member '" + memberName + "' in " + name + "; members: " + members.keySet());
        }
        return member;
    }

    MemberModel botModel() {
        return bot;
    }

    List<ChannelModel> channelModels() {
        return channels;
    }

    ChannelModel channelModel(String channelId) {
        return channels.stream()
                .filter(c -> c.id().equals(channelId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No channel " + channelId + " in " + name));
    }

    ChannelModel channelModelByName(String channelName) {
        return channels.stream()
                .filter(c -> c.name().equals(channelName))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("No channel '" + channelName + "' in " + name + "; channels: "
                                + channels.stream().map(ChannelModel::name).toList()));
    }

    DiscordSimulator simulator() {
        return simulator;
    }

    private SimChannel firstOfType(SimChannel.Type type) {
        return channels.stream()
                .map(ChannelModel::channel)
                .filter(c -> c.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no " + type + " channel"));
    }

    @Override
    public String toString() {
        return "SimGuild[" + name + " " + id + "]";
    }
}
