package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.gateway.GatewayServer;
import dev.musicbot.testkit.rest.RestCall;
import dev.musicbot.testkit.rest.RestServer;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.Signal;
import dev.musicbot.testkit.voice.TlsMaterial;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * A loopback fake of Discord for end-to-end tests of a bot: REST (HTTP), the main gateway (WebSocket), and voice
 * (TLS WebSocket + UDP with AEAD decryption and Opus decoding). Everything binds to 127.0.0.1 on ephemeral ports.
 *
 * <pre>{@code
 * try (DiscordSimulator sim = DiscordSimulator.start()) {
 *     SimGuild g = sim.guild("Test Guild").textChannel("general").voiceChannel("Music").member("alice").create();
 *     // start the bot with sim.restBaseUrl(), sim.gatewayUrl(), sim.token(), sim.clientSslContext()
 *     sim.gateway().awaitReady(Duration.ofSeconds(10));
 *     g.member("alice").joinVoice("Music");
 *     SimInteraction play = sim.slash(g, "alice", "play", Map.of("query", "http://..."));
 *     assertThat(play.awaitResponse(Duration.ofSeconds(5)).content()).contains("Now playing");
 *     ReceivedAudio audio = sim.voice(g).awaitAudio(Duration.ofSeconds(2), Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * Thread-safe. Close the bot before the simulator, or it will keep trying to reconnect.
 */
public final class DiscordSimulator implements AutoCloseable {
    private final SimulatorOptions options;
    private final TlsMaterial tls = TlsMaterial.generate();
    private final List<SimGuild> guilds = new CopyOnWriteArrayList<>();
    private final Signal stateSignal = new Signal();
    private final MessageStore store;
    private final CommandStore commands;
    private final RestServer rest;
    private final FileHost files = new FileHost();
    private final VoiceRegistry voices;
    private final GatewayBridge bridge;
    private final GatewayServer gateway;
    private final InteractionFactory interactions;
    private Path tempDirectory;
    private TrustStoreFile trustStore;

    private DiscordSimulator(SimulatorOptions options) {
        this.options = options;
        this.store = new MessageStore(options.botUserId(), options.botName());
        this.commands = new CommandStore(options.applicationId(), store.signal());
        this.voices = new VoiceRegistry(this, tls, options.encryptionModes(), options.dave());
        this.rest = new RestServer(options.token());
        new CoreRoutes(this).register(rest);
        commands.register(rest);
        new InteractionRoutes(store, options.applicationId()).register(rest);
        new MessageRoutes(store, this::guildOfChannel).register(rest);
        this.bridge = new GatewayBridge(this, voices);
        this.gateway = GatewayServer.start(bridge, options.heartbeatIntervalMillis());
        this.interactions = new InteractionFactory(this, store, commands);
    }

    /** Starts a simulator with default options (both encryption modes, token {@code sim-bot-token}). */
    public static DiscordSimulator start() {
        return builder().start();
    }

    /** Options for a simulator. */
    public static SimulatorOptions.Builder builder() {
        return new SimulatorOptions.Builder();
    }

    static DiscordSimulator start(SimulatorOptions options) {
        return new DiscordSimulator(options);
    }

    /** {@code http://127.0.0.1:PORT/api/v10/}: the bot's REST base URL (JDA: {@code RestConfig#setBaseUrl}). */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** {@code ws://127.0.0.1:PORT/}: the gateway URL (JDA: {@code SessionController#getGateway}). */
    public String gatewayUrl() {
        return gateway.url();
    }

    /** The bot token the simulator accepts. */
    public String token() {
        return options.token();
    }

    /** The bot's user id. */
    public String botUserId() {
        return options.botUserId();
    }

    /** The bot's username. */
    public String botName() {
        return options.botName();
    }

    /** The application id (READY's {@code application.id}). */
    public String applicationId() {
        return options.applicationId();
    }

    /** A client TLS context that trusts the voice server's self-signed certificate (and nothing else). */
    public SSLContext clientSslContext() {
        return tls.clientContext();
    }

    /** A PKCS12 trust store file containing the voice certificate, written on first use, deleted on close. */
    public synchronized TrustStoreFile voiceTrustStore() {
        if (trustStore == null) {
            try {
                tempDirectory = Files.createTempDirectory("discord-simulator");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            trustStore = tls.writeTrustStore(tempDirectory);
        }
        return trustStore;
    }

    /** Starts describing a guild; finish with {@link GuildBuilder#create()}. */
    public GuildBuilder guild(String name) {
        return new GuildBuilder(this, name);
    }

    /** All guilds. */
    public List<SimGuild> guilds() {
        return List.copyOf(guilds);
    }

    FileHost fileHost() {
        return files;
    }

    /** The main gateway: counters and fault injection. */
    public SimGateway gateway() {
        return new SimGateway(gateway);
    }

    /**
     * Holds the bot's voice joins: each request to join a channel (gateway op 4) waits unanswered, as if the
     * connection were still opening, until {@link #releaseVoiceJoins()}.
     */
    public void holdVoiceJoins() {
        bridge.holdJoins();
    }

    /** Answers the held voice joins in the order they came, and answers new ones at once again. */
    public void releaseVoiceJoins() {
        bridge.releaseJoins();
    }

    /** The bot's voice presence and received audio in a guild. */
    public SimVoice voice(SimGuild guild) {
        return voices.voice(guild);
    }

    /** Sends a slash command from a member in the guild's first text channel. */
    public SimInteraction slash(SimGuild guild, String member, String command, Map<String, ?> options) {
        return interactions.slash(guild, member, null, command, options);
    }

    /**
     * Sends a slash command from a member in a channel. {@code command} may name a subcommand: {@code "playlist
     * save"} or {@code "group sub"}; option values may be strings, integers, booleans, doubles, members, channels
     * or roles.
     */
    public SimInteraction slash(SimGuild guild, String member, String channel, String command, Map<String, ?> options) {
        return interactions.slash(guild, member, channel, command, options);
    }

    /** Clicks a button on a message the bot sent. */
    public SimInteraction click(SimGuild guild, String member, String messageId, String customId) {
        return interactions.component(guild, member, messageId, customId, null);
    }

    /** Picks values in a select menu on a message the bot sent. */
    public SimInteraction select(
            SimGuild guild, String member, String messageId, String customId, List<String> values) {
        return interactions.component(guild, member, messageId, customId, values);
    }

    /** Sends an autocomplete request for one option while the user types {@code partial}. */
    public SimInteraction autocomplete(SimGuild guild, String member, String command, String option, String partial) {
        return interactions.autocomplete(guild, member, command, option, partial, Map.of());
    }

    /** Sends an autocomplete request with other options already filled in. */
    public SimInteraction autocomplete(
            SimGuild guild, String member, String command, String option, String partial, Map<String, ?> others) {
        return interactions.autocomplete(guild, member, command, option, partial, others);
    }

    /** Every REST call the bot made, in order. */
    public List<RestCall> restCalls() {
        return rest.calls();
    }

    /** REST calls that match. */
    public List<RestCall> restCalls(Predicate<RestCall> filter) {
        return rest.calls().stream().filter(filter).toList();
    }

    /** Waits for a REST call that matches. */
    public RestCall awaitRestCall(Predicate<RestCall> filter, Duration timeout) {
        return rest.signal()
                .await(
                        () -> rest.calls().stream().filter(filter).findFirst(),
                        timeout,
                        () -> "a matching REST call; calls so far: "
                                + rest.calls().stream().map(RestCall::route).toList());
    }

    /** Global application commands the bot registered. */
    public List<JsonNode> commands() {
        return commands.commands(null);
    }

    /** Guild application commands the bot registered. */
    public List<JsonNode> commands(SimGuild guild) {
        return commands.commands(guild.id());
    }

    /** Waits until a command with this name is registered (globally or in any guild). */
    public JsonNode awaitCommand(String name, Duration timeout) {
        return store.signal()
                .await(
                        () -> allCommands().stream()
                                .filter(c -> c.path("name").asText().equals(name))
                                .findFirst(),
                        timeout,
                        () -> "command '" + name + "'; registered: "
                                + allCommands().stream()
                                        .map(c -> c.path("name").asText())
                                        .toList());
    }

    /** Messages the bot has in a channel (sent, replies and follow-ups; deleted ones excluded), oldest first. */
    public List<SimMessage> channelMessages(String channelId) {
        return store.read(s -> s.inChannel(channelId).stream().map(s::snapshot).toList());
    }

    /** Messages the bot has in a channel. */
    public List<SimMessage> channelMessages(SimChannel channel) {
        return channelMessages(channel.id());
    }

    /** Waits for a message in the channel that matches (checked again after every edit). */
    public SimMessage awaitChannelMessage(SimChannel channel, Predicate<SimMessage> condition, Duration timeout) {
        return store.signal()
                .await(
                        () -> channelMessages(channel).stream()
                                .filter(condition)
                                .findFirst(),
                        timeout,
                        () -> "a matching message in #" + channel.name() + "; messages: "
                                + channelMessages(channel).stream()
                                        .map(SimMessage::text)
                                        .toList());
    }

    /** A message by id, as it is now (including deleted ones). */
    public Optional<SimMessage> message(String id) {
        return store.read(s -> s.snapshot(id));
    }

    /**
     * Deletes a message as a member with Manage Messages would: it is gone from the channel, later fetches and
     * edits answer Unknown Message (10008), and the bot gets a MESSAGE_DELETE.
     *
     * @return false if there was no such message (or it was deleted already)
     */
    public boolean deleteMessage(String id) {
        Optional<StoredMessage> deleted = store.update(s -> {
            Optional<StoredMessage> message = s.message(id);
            message.ifPresent(StoredMessage::delete);
            return message;
        });
        deleted.ifPresent(m -> gateway.locked(() -> {
            ObjectNode event = Json.object().put("id", m.id()).put("channel_id", m.channelId());
            if (m.guildId() != null) {
                event.put("guild_id", m.guildId());
            }
            return gateway.dispatch("MESSAGE_DELETE", event);
        }));
        return deleted.isPresent();
    }

    /** Stops all servers and deletes the trust store file. */
    @Override
    public void close() {
        gateway.shutdown();
        voices.close();
        rest.close();
        files.close();
        synchronized (this) {
            if (tempDirectory != null) {
                try {
                    Files.deleteIfExists(trustStore.path());
                    Files.deleteIfExists(tempDirectory);
                } catch (IOException e) {
                    // Best effort: a leftover temp file is harmless.
                }
            }
        }
    }

    SimGuild addGuild(GuildBuilder builder) {
        SimGuild guild = GuildFactory.build(this, builder);
        gateway.locked(() -> {
            guilds.add(guild);
            return gateway.dispatch("GUILD_CREATE", Payloads.guildCreate(guild, sessionId(guild)));
        });
        stateSignal.fire();
        return guild;
    }

    /**
     * Takes the bot out of a guild, as a kick or ban would: the guild is forgotten, its voice session ends and
     * the bot gets a GUILD_DELETE without {@code unavailable}.
     */
    void removeGuild(SimGuild guild) {
        gateway.locked(() -> {
            guilds.remove(guild);
            guild.putVoiceState(guild.botModel().id(), null);
            voices.revoke(guild);
            return gateway.dispatch("GUILD_DELETE", Json.object().put("id", guild.id()));
        });
        voices.voice(guild).connection().ifPresent(c -> c.close(4014));
        stateSignal.fire();
    }

    void updateVoiceState(SimGuild guild, MemberModel member, String channelId) {
        gateway.locked(() -> {
            guild.putVoiceState(member.id(), channelId);
            String session = Payloads.sessionId(member, sessionId(guild));
            return gateway.dispatch("VOICE_STATE_UPDATE", Payloads.voiceState(guild, member, channelId, session));
        });
        stateSignal.fire();
        voices.voiceStatesChanged(guild);
    }

    boolean sendVoiceServerUpdate(SimGuild guild, VoiceRegistry.Grant grant) {
        return gateway.dispatch(
                "VOICE_SERVER_UPDATE",
                Json.object()
                        .put("token", grant.token())
                        .put("guild_id", guild.id())
                        .put("endpoint", grant.endpoint()));
    }

    GatewayServer gatewayServer() {
        return gateway;
    }

    Signal stateSignal() {
        return stateSignal;
    }

    String sessionId() {
        return gateway.sessionId();
    }

    /** The session id of the shard that has the guild (null before that shard identified). */
    String sessionId(SimGuild guild) {
        return gateway.sessionId(guild.id());
    }

    /** The shard count {@code GET /gateway/bot} recommends. */
    int recommendedShards() {
        return options.shards();
    }

    /** {@code GET /gateway/bot}'s {@code session_start_limit.max_concurrency}. */
    int maxConcurrency() {
        return options.maxConcurrency();
    }

    String ownerUserId() {
        return options.ownerUserId();
    }

    Optional<SimGuild> guildById(String id) {
        return guilds.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    Optional<SimGuild> guildOfChannel(String channelId) {
        return guilds.stream()
                .filter(g -> g.channels().stream().anyMatch(c -> c.id().equals(channelId)))
                .findFirst();
    }

    private List<JsonNode> allCommands() {
        List<JsonNode> all = new ArrayList<>(commands.commands(null));
        guilds.forEach(g -> all.addAll(commands.commands(g.id())));
        return all;
    }
}
