package dev.musicbot.testkit.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.voice.dave.DaveMode;
import dev.musicbot.testkit.voice.dave.DaveVoiceGateway;
import dev.musicbot.testkit.voice.dave.DaveWire;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A voice gateway (v8) over TLS on 127.0.0.1: HELLO, IDENTIFY → READY, SELECT_PROTOCOL → SESSION_DESCRIPTION,
 * heartbeats, SPEAKING and RESUME. Each identified session gets its own UDP socket ({@link VoiceConnection}).
 */
public final class VoiceServer extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceServer.class);
    private static final int HEARTBEAT_INTERVAL = 13_750;
    private static final Set<Integer> NOT_RESUMABLE = Set.of(1000, 4004, 4006, 4011, 4014, 4015, 4021, 4022);

    private final List<EncryptionMode> modes;
    private final VoiceAuthorizer authorizer;
    private final DaveMode dave;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, VoiceConnection> connections = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final SSLContext tls;
    private volatile TlsFront front;

    private VoiceServer(SSLContext tls, List<EncryptionMode> modes, VoiceAuthorizer authorizer, DaveMode dave) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        this.tls = tls;
        this.modes = List.copyOf(modes);
        this.authorizer = authorizer;
        this.dave = dave;
        setDaemon(true);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /**
     * Starts a voice server and waits until it listens.
     *
     * @param tls the server TLS context
     * @param modes the encryption modes offered in READY, in order
     * @param authorizer checks IDENTIFY
     */
    public static VoiceServer start(SSLContext tls, List<EncryptionMode> modes, VoiceAuthorizer authorizer) {
        return start(tls, modes, authorizer, DaveMode.OFF);
    }

    /**
     * Starts a voice server and waits until it listens.
     *
     * @param tls the server TLS context
     * @param modes the encryption modes offered in READY, in order
     * @param authorizer checks IDENTIFY
     * @param dave whether to negotiate DAVE protocol version 1 with a client that advertises it, and how
     */
    public static VoiceServer start(
            SSLContext tls, List<EncryptionMode> modes, VoiceAuthorizer authorizer, DaveMode dave) {
        VoiceServer server = new VoiceServer(tls, modes, authorizer, dave);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Voice server did not start");
            }
            server.front = TlsFront.start(server.tls, server.getPort());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** The endpoint for VOICE_SERVER_UPDATE: {@code localhost:PORT} (JDA prefixes {@code wss://}). */
    public String endpoint() {
        return "localhost:" + front.port();
    }

    /**
     * Closes the connection's WebSocket with a code. Codes JDA cannot resume from (4006, 4014, ...) also end the
     * session, so a later RESUME is refused.
     */
    public void close(VoiceConnection connection, int code) {
        if (NOT_RESUMABLE.contains(code)) {
            end(connection);
        }
        WebSocket socket = connection.socket();
        if (socket != null) {
            socket.close(code, "Closed by the simulator");
        }
    }

    /** Ends a session: closes its UDP socket and forgets it. */
    public void end(VoiceConnection connection) {
        connections.remove(connection.guildId(), connection);
        connection.end();
    }

    /** Stops the server and ends every session. */
    public void shutdown() {
        connections.values().forEach(this::end);
        TlsFront tlsFront = front;
        if (tlsFront != null) {
            tlsFront.close();
        }
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        send(socket, Json.object().put("op", 8).set("d", Json.object().put("heartbeat_interval", HEARTBEAT_INTERVAL)));
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        JsonNode payload = Json.parse(message);
        JsonNode d = payload.path("d");
        switch (payload.path("op").asInt(-1)) {
            case 0 -> identify(socket, d);
            case 1 -> selectProtocol(socket, d);
            case 3 -> heartbeat(socket, d);
            case 5 ->
                connection(socket).ifPresent(c -> c.speaking(d.path("speaking").asInt()));
            case 7 -> resume(socket, d);
            case 23 ->
                daveOf(socket).ifPresent(g -> g.botReady(d.path("transition_id").asInt()));
            case 31 ->
                daveOf(socket)
                        .ifPresent(g -> g.botInvalid(d.path("transition_id").asInt()));
            default -> LOG.debug("Ignoring voice message {}", message);
        }
    }

    /** DAVE's binary client messages: {@code u8 opcode | payload}. */
    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        if (!message.hasRemaining()) {
            return;
        }
        int opcode = message.get() & 0xFF;
        byte[] payload = new byte[message.remaining()];
        message.get(payload);
        Optional<DaveVoiceGateway> gateway = daveOf(socket);
        switch (opcode) {
            case 26 -> gateway.ifPresent(g -> g.botKeyPackage(payload));
            case 28 -> gateway.ifPresent(g -> g.botCommitWelcome(payload));
            default -> LOG.debug("Ignoring binary voice message with opcode {}", opcode);
        }
    }

    private static Optional<DaveVoiceGateway> daveOf(WebSocket socket) {
        return connection(socket).flatMap(VoiceConnection::daveGateway);
    }

    private void identify(WebSocket socket, JsonNode d) {
        String guildId = Json.snowflake(d, "server_id");
        String sessionId = d.path("session_id").asText();
        String token = d.path("token").asText();
        Optional<VoiceSink> sink = authorizer.authorize(guildId, Json.snowflake(d, "user_id"), sessionId, token);
        if (sink.isEmpty()) {
            LOG.warn("Rejecting voice IDENTIFY for guild {} (unknown session or token)", guildId);
            socket.close(4004, "Authentication failed");
            return;
        }
        VoiceConnection previous = connections.get(guildId);
        if (previous != null) {
            end(previous);
        }
        long ssrc = 1 + random.nextInt(Integer.MAX_VALUE - 1);
        VoiceConnection connection = new VoiceConnection(guildId, sessionId, token, ssrc, sink.get(), this);
        connection.identified(
                Long.parseUnsignedLong(Json.snowflake(d, "user_id")),
                d.path("max_dave_protocol_version").asInt(0));
        connections.put(guildId, connection);
        socket.setAttachment(connection);
        connection.attach(socket);
        ArrayNode offered = Json.array();
        modes.forEach(m -> offered.add(m.wireName()));
        ObjectNode ready =
                Json.object().put("ssrc", ssrc).put("ip", "127.0.0.1").put("port", connection.udpPort());
        ready.set("modes", offered);
        send(socket, connection, 2, ready);
    }

    private void selectProtocol(WebSocket socket, JsonNode d) {
        Optional<VoiceConnection> found = connection(socket);
        if (found.isEmpty()) {
            socket.close(4003, "Not authenticated");
            return;
        }
        String name = d.path("data").path("mode").asText(d.path("mode").asText());
        Optional<EncryptionMode> mode = EncryptionMode.fromWireName(name).filter(modes::contains);
        if (mode.isEmpty()) {
            socket.close(4016, "Unknown encryption mode");
            return;
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            found.get().keyed(new TransportDecryptor(mode.get(), key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        ArrayNode keyArray = Json.array();
        for (byte b : key) {
            keyArray.add(b & 0xFF);
        }
        ObjectNode description = Json.object().put("mode", mode.get().wireName());
        description.set("secret_key", keyArray);
        int daveVersion = dave != DaveMode.OFF && found.get().maxDaveProtocolVersion() >= 1 ? 1 : 0;
        description.put("dave_protocol_version", daveVersion).put("audio_codec", "opus");
        send(socket, found.get(), 4, description);
        if (daveVersion == 1) {
            found.get().startDave(new Wire(found.get()), dave);
        }
        // Only now is the session "connected": a close injected earlier would overtake the key and leave JDA
        // resuming a session it never got a key for.
        found.get().described();
    }

    /** DAVE messages to the bot on the session's current WebSocket, with the session's sequence numbers. */
    private record Wire(VoiceConnection connection) implements DaveWire {
        @Override
        public void binary(int opcode, byte[] payload) {
            WebSocket socket = connection.socket();
            if (socket == null) {
                return;
            }
            ByteBuffer frame = ByteBuffer.allocate(3 + payload.length);
            frame.putShort((short) connection.nextSequence())
                    .put((byte) opcode)
                    .put(payload)
                    .flip();
            try {
                socket.send(frame);
            } catch (WebsocketNotConnectedException e) {
                LOG.debug("Voice socket closed before a DAVE send");
            }
        }

        @Override
        public void json(int opcode, int transitionId) {
            sendNow(opcode, Json.object().put("transition_id", transitionId));
        }

        @Override
        public void clientsConnect(List<Long> userIds) {
            ArrayNode ids = Json.array();
            userIds.forEach(id -> ids.add(Long.toUnsignedString(id)));
            ObjectNode d = Json.object();
            d.set("user_ids", ids);
            sendNow(11, d);
        }

        @Override
        public void clientDisconnect(long userId) {
            sendNow(13, Json.object().put("user_id", Long.toUnsignedString(userId)));
        }

        private void sendNow(int opcode, JsonNode d) {
            WebSocket socket = connection.socket();
            if (socket != null) {
                send(socket, connection, opcode, d);
            }
        }
    }

    private void heartbeat(WebSocket socket, JsonNode d) {
        long nonce = d.isObject() ? d.path("t").asLong() : d.asLong();
        send(socket, Json.object().put("op", 6).set("d", Json.object().put("t", nonce)));
    }

    private void resume(WebSocket socket, JsonNode d) {
        String guildId = Json.snowflake(d, "server_id");
        VoiceConnection connection = guildId == null ? null : connections.get(guildId);
        if (connection == null
                || connection.isEnded()
                || !connection.matches(
                        guildId, d.path("session_id").asText(), d.path("token").asText())) {
            socket.close(4006, "Session no longer valid");
            return;
        }
        WebSocket old = connection.socket();
        socket.setAttachment(connection);
        // RESUMED goes out before the session counts as connected again, so a fault injected right after
        // awaitConnected() cannot overtake it.
        send(socket, connection, 9, null);
        connection.resumed(socket);
        if (old != null && old != socket) {
            old.close(1000, "Resumed elsewhere");
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        VoiceConnection connection = socket.getAttachment();
        if (connection == null) {
            return;
        }
        LOG.debug("Voice socket for guild {} closed: {} {} (remote={})", connection.guildId(), code, reason, remote);
        if (remote && code == 1000 && connection.socket() == socket) {
            end(connection);
        }
        connection.detach(socket);
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        LOG.warn("Voice socket error", error);
    }

    private static Optional<VoiceConnection> connection(WebSocket socket) {
        return Optional.ofNullable(socket.<VoiceConnection>getAttachment()).filter(c -> !c.isEnded());
    }

    private static void send(WebSocket socket, VoiceConnection connection, int op, JsonNode d) {
        ObjectNode message = Json.object().put("op", op);
        message.set("d", d == null ? Json.mapper().nullNode() : d);
        message.put("seq", connection.nextSequence());
        send(socket, message);
    }

    private static void send(WebSocket socket, JsonNode message) {
        try {
            socket.send(Json.write(message));
        } catch (WebsocketNotConnectedException e) {
            LOG.debug("Voice socket closed before send");
        }
    }
}
