package dev.musicbot.testkit;

import dev.musicbot.testkit.voice.EncryptionMode;
import dev.musicbot.testkit.voice.TlsMaterial;
import dev.musicbot.testkit.voice.VoiceAuthorizer;
import dev.musicbot.testkit.voice.VoiceServer;
import dev.musicbot.testkit.voice.VoiceSink;
import dev.musicbot.testkit.voice.dave.DaveMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Voice sessions per guild and the voice servers they use. Hands out voice tokens on the main gateway and checks
 * them when the bot identifies on a voice server.
 */
final class VoiceRegistry implements VoiceAuthorizer, AutoCloseable {
    /** What VOICE_SERVER_UPDATE tells the bot. */
    record Grant(String token, String endpoint) {}

    private final DiscordSimulator simulator;
    private final TlsMaterial tls;
    private final List<EncryptionMode> modes;
    private final DaveMode dave;
    private final Map<String, SimVoice> voices = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, VoiceServer> serverOf = new HashMap<>();
    private final List<VoiceServer> servers = new CopyOnWriteArrayList<>();
    private VoiceServer defaultServer;

    VoiceRegistry(DiscordSimulator simulator, TlsMaterial tls, List<EncryptionMode> modes, DaveMode dave) {
        this.simulator = simulator;
        this.tls = tls;
        this.modes = List.copyOf(modes);
        this.dave = dave;
    }

    /** A member joined, moved or left voice in the guild: the bot's DAVE group follows its channel's members. */
    void voiceStatesChanged(SimGuild guild) {
        SimVoice voice;
        synchronized (this) {
            voice = voices.get(guild.id());
        }
        if (voice != null) {
            voice.voiceStatesChanged();
        }
    }

    synchronized SimVoice voice(SimGuild guild) {
        return voices.computeIfAbsent(guild.id(), id -> new SimVoice(guild, this));
    }

    /** A new token for the guild on its current voice server (the default one unless it was moved). */
    synchronized Grant grant(SimGuild guild) {
        voice(guild);
        VoiceServer server = serverOf.computeIfAbsent(guild.id(), id -> defaultServer());
        String token = "sim-voice-token-" + UUID.randomUUID();
        tokens.put(guild.id(), token);
        return new Grant(token, server.endpoint());
    }

    /** Forgets the guild's token, so the bot can no longer identify (it left voice). */
    synchronized void revoke(SimGuild guild) {
        tokens.remove(guild.id());
    }

    void moveToNewServer(SimVoice voice) {
        SimGuild guild = voice.guild();
        if (guild.botVoiceChannel().isEmpty()) {
            throw new IllegalStateException("The bot is not in a voice channel in " + guild.name());
        }
        VoiceServer fresh = start();
        simulator.gatewayServer().locked(() -> {
            synchronized (this) {
                serverOf.put(guild.id(), fresh);
            }
            return simulator.sendVoiceServerUpdate(guild, grant(guild));
        });
    }

    @Override
    public synchronized Optional<VoiceSink> authorize(String guildId, String userId, String sessionId, String token) {
        boolean valid = simulator.botUserId().equals(userId) && token.equals(tokens.get(guildId));
        return valid ? Optional.ofNullable(voices.get(guildId)).map(SimVoice::sink) : Optional.empty();
    }

    private synchronized VoiceServer defaultServer() {
        if (defaultServer == null) {
            defaultServer = start();
        }
        return defaultServer;
    }

    private VoiceServer start() {
        VoiceServer server = VoiceServer.start(tls.serverContext(), modes, this, dave);
        servers.add(server);
        return server;
    }

    @Override
    public void close() {
        servers.forEach(VoiceServer::shutdown);
    }
}
