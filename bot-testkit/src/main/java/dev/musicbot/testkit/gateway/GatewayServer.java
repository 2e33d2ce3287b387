package dev.musicbot.testkit.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.Signal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main gateway (v10, JSON text frames, no compression) on 127.0.0.1: HELLO, IDENTIFY → READY, RESUME →
 * replay and RESUMED, heartbeat ACKs, increasing sequence numbers, and fault injection. Several sessions at once,
 * one per shard: IDENTIFY's {@code shard: [i, n]} (default {@code [0, 1]}) picks it, and each dispatch about a
 * guild goes to the session of the guild's shard, {@code (guild_id >> 22) % n} (others go to shard 0).
 */
public final class GatewayServer extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    private final Object lock = new Object();
    private final Signal signal = new Signal();
    private final GatewayHandler handler;
    private final int heartbeatInterval;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<GatewayMessage> received = new ArrayList<>();
    private final Map<Integer, GatewaySession> sessions = new TreeMap<>();
    private final Map<Integer, Integer> resumesByShard = new HashMap<>();
    private int connections;
    private int identifies;
    private int resumes;

    private GatewayServer(GatewayHandler handler, int heartbeatInterval) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2);
        this.handler = handler;
        this.heartbeatInterval = heartbeatInterval;
        setDaemon(true);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    /** Starts a gateway and waits until it listens. */
    public static GatewayServer start(GatewayHandler handler, int heartbeatIntervalMillis) {
        GatewayServer server = new GatewayServer(handler, heartbeatIntervalMillis);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** {@code ws://127.0.0.1:PORT/}. */
    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    /** Runs an action under the gateway lock, so that model changes and their dispatches stay ordered. */
    public <T> T locked(Supplier<T> action) {
        synchronized (lock) {
            return action.get();
        }
    }

    /** Changes observable through the counters and {@link #isReady()}. */
    public Signal signal() {
        return signal;
    }

    /**
     * Sends a dispatch (op 0) with the next sequence number. While the bot is disconnected the dispatch is kept
     * for replay on RESUME.
     *
     * @return false if there is no session (the bot never identified, or the session was invalidated)
     */
    public boolean dispatch(String type, JsonNode data) {
        synchronized (lock) {
            GatewaySession session = route(guildOf(type, data));
            if (session == null) {
                return false;
            }
            dispatch(session, type, data);
            return true;
        }
    }

    private void dispatch(GatewaySession session, String type, JsonNode data) {
        long seq = session.nextSequence();
        ObjectNode message = Json.object().put("op", 0).put("t", type).put("s", seq);
        message.set("d", data);
        String json = Json.write(message);
        session.remember(seq, json);
        send(session.socket(), json);
    }

    /** The guild an event is about: {@code guild_id}, or {@code id} for the guild events themselves. */
    private static String guildOf(String type, JsonNode data) {
        String guild = Json.snowflake(data, "guild_id");
        if (guild == null && type.startsWith("GUILD_") && !type.startsWith("GUILD_MEMBER")) {
            guild = Json.snowflake(data, "id");
        }
        return guild;
    }

    /** The session that receives a guild's events (shard 0 without a guild), or null. */
    private GatewaySession route(String guildId) {
        if (guildId == null) {
            return sessions.get(0);
        }
        long id = Long.parseLong(guildId);
        return sessions.values().stream().filter(s -> s.owns(id)).findFirst().orElse(null);
    }

    /** Whether the bot has identified sessions and each is on an open socket. */
    public boolean isReady() {
        synchronized (lock) {
            return !sessions.isEmpty() && sessions.values().stream().allMatch(GatewayServer::open);
        }
    }

    /** Whether shard {@code shard} has an identified session on an open socket. */
    public boolean isReady(int shard) {
        synchronized (lock) {
            GatewaySession session = sessions.get(shard);
            return session != null && open(session);
        }
    }

    private static boolean open(GatewaySession session) {
        return session.socket() != null && session.socket().isOpen();
    }

    /** Whether a session exists (possibly between reconnects). */
    public boolean hasSession() {
        synchronized (lock) {
            return !sessions.isEmpty();
        }
    }

    /** The session id of shard 0 (or of the lowest shard identified), or null. */
    public String sessionId() {
        synchronized (lock) {
            return sessions.isEmpty()
                    ? null
                    : sessions.values().iterator().next().id();
        }
    }

    /** The session id of the shard that has the guild, or null. */
    public String sessionId(String guildId) {
        synchronized (lock) {
            GatewaySession session = route(guildId);
            return session == null ? null : session.id();
        }
    }

    /** The shards with a session now, ascending. */
    public List<Integer> shards() {
        synchronized (lock) {
            return List.copyOf(sessions.keySet());
        }
    }

    /** Successful RESUMEs of one shard so far. */
    public int resumes(int shard) {
        synchronized (lock) {
            return resumesByShard.getOrDefault(shard, 0);
        }
    }

    /** WebSocket connections accepted so far. */
    public int connections() {
        synchronized (lock) {
            return connections;
        }
    }

    /** IDENTIFY messages accepted so far. */
    public int identifies() {
        synchronized (lock) {
            return identifies;
        }
    }

    /** Successful RESUMEs so far. */
    public int resumes() {
        synchronized (lock) {
            return resumes;
        }
    }

    /** Every message the bot sent, in order. */
    public List<GatewayMessage> received() {
        synchronized (lock) {
            return List.copyOf(received);
        }
    }

    /** Sends op 7 RECONNECT to every session. */
    public void requestReconnect() {
        sendToSessions("{\"op\":7,\"d\":null}");
    }

    /**
     * Sends op 9 INVALID_SESSION to every session. When not resumable the sessions are discarded, so the bot must
     * IDENTIFY again.
     */
    public void invalidateSession(boolean resumable) {
        synchronized (lock) {
            sendToSessions("{\"op\":9,\"d\":" + resumable + "}");
            if (!resumable) {
                sessions.clear();
            }
        }
        signal.fire();
    }

    /** Drops every session's socket without a close frame, as a network failure would. */
    public void dropConnection() {
        sockets().forEach(socket -> socket.closeConnection(1006, "Dropped by the simulator"));
    }

    /** Closes every session's socket with a close code (4000 resumes; 4004, 4010-4014 are fatal in JDA). */
    public void closeConnection(int code) {
        sockets().forEach(socket -> socket.close(code, "Closed by the simulator"));
    }

    /** Closes one shard's socket with a close code; the other shards' sessions are untouched. */
    public void closeConnection(int shard, int code) {
        WebSocket socket;
        synchronized (lock) {
            GatewaySession session = sessions.get(shard);
            socket = session == null ? null : session.socket();
        }
        if (socket != null) {
            socket.close(code, "Closed by the simulator");
        }
    }

    /** Stops the server. */
    public void shutdown() {
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
        synchronized (lock) {
            connections++;
        }
        send(socket, "{\"op\":10,\"d\":{\"heartbeat_interval\":" + heartbeatInterval + "}}");
        signal.fire();
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode message = Json.parse(text);
        int op = message.path("op").asInt(-1);
        JsonNode d = message.path("d");
        synchronized (lock) {
            received.add(new GatewayMessage(op, d, Instant.now()));
            switch (op) {
                case 1 -> send(socket, "{\"op\":11}");
                case 2 -> identify(socket, d);
                case 6 -> resume(socket, d);
                default -> {
                    if (sessionOn(socket) != null) {
                        handler.onOpcode(op, d);
                    } else {
                        LOG.warn("Ignoring op {} from a socket without a session", op);
                    }
                }
            }
        }
        signal.fire();
    }

    private void identify(WebSocket socket, JsonNode d) {
        if (!handler.acceptToken(d.path("token").asText())) {
            LOG.warn("Rejecting IDENTIFY with a wrong token");
            socket.close(4004, "Authentication failed.");
            return;
        }
        int shard = d.path("shard").path(0).asInt(0);
        int total = d.path("shard").path(1).asInt(1);
        if (total < 1 || shard < 0 || shard >= total) {
            LOG.warn("Rejecting IDENTIFY with shard [{}, {}]", shard, total);
            socket.close(4010, "Invalid shard.");
            return;
        }
        identifies++;
        GatewaySession session = new GatewaySession("sim-session-" + UUID.randomUUID(), shard, total);
        session.socket(socket);
        sessions.put(shard, session);
        dispatch(session, "READY", handler.ready(session.id(), url(), shard, total));
        handler.afterReady(shard, total).forEach(event -> dispatch(session, event.type(), event.data()));
    }

    private void resume(WebSocket socket, JsonNode d) {
        String id = d.path("session_id").asText();
        GatewaySession session = sessions.values().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElse(null);
        if (session == null || !handler.acceptToken(d.path("token").asText())) {
            send(socket, "{\"op\":9,\"d\":false}");
            return;
        }
        resumes++;
        resumesByShard.merge(session.shard(), 1, Integer::sum);
        session.socket(socket);
        session.after(d.path("seq").asLong()).forEach(json -> send(socket, json));
        dispatch(session, "RESUMED", Json.object());
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        LOG.debug("Gateway socket closed: {} {} (remote={})", code, reason, remote);
        synchronized (lock) {
            GatewaySession session = sessionOn(socket);
            if (session != null) {
                session.socket(null);
            }
        }
        signal.fire();
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        LOG.debug("Gateway socket error", error);
    }

    private GatewaySession sessionOn(WebSocket socket) {
        return sessions.values().stream()
                .filter(s -> s.socket() == socket)
                .findFirst()
                .orElse(null);
    }

    private List<WebSocket> sockets() {
        synchronized (lock) {
            return sessions.values().stream()
                    .map(GatewaySession::socket)
                    .filter(Objects::nonNull)
                    .toList();
        }
    }

    private void sendToSessions(String json) {
        sockets().forEach(socket -> send(socket, json));
    }

    private static void send(WebSocket socket, String json) {
        if (socket == null) {
            return;
        }
        try {
            socket.send(json);
        } catch (WebsocketNotConnectedException e) {
            LOG.debug("Gateway socket closed before send");
        }
    }
}
