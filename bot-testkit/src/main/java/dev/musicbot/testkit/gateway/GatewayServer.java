package dev.musicbot.testkit.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.Signal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * replay and RESUMED, heartbeat ACKs, increasing sequence numbers, and fault injection.
 */
public final class GatewayServer extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    private final Object lock = new Object();
    private final Signal signal = new Signal();
    private final GatewayHandler handler;
    private final int heartbeatInterval;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<GatewayMessage> received = new ArrayList<>();
    private GatewaySession session;
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
            if (session == null) {
                return false;
            }
            long seq = session.nextSequence();
            ObjectNode message = Json.object().put("op", 0).put("t", type).put("s", seq);
            message.set("d", data);
            String json = Json.write(message);
            session.remember(seq, json);
            send(session.socket(), json);
            return true;
        }
    }

    /** Whether the bot has an identified session on an open socket. */
    public boolean isReady() {
        synchronized (lock) {
            return session != null
                    && session.socket() != null
                    && session.socket().isOpen();
        }
    }

    /** Whether a session exists (possibly between reconnects). */
    public boolean hasSession() {
        synchronized (lock) {
            return session != null;
        }
    }

    /** The current session id, or null. */
    public String sessionId() {
        synchronized (lock) {
            return session == null ? null : session.id();
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

    /** Sends op 7 RECONNECT to the bot. */
    public void requestReconnect() {
        sendToSession("{\"op\":7,\"d\":null}");
    }

    /**
     * Sends op 9 INVALID_SESSION. When not resumable the session is discarded, so the bot must IDENTIFY again.
     */
    public void invalidateSession(boolean resumable) {
        synchronized (lock) {
            sendToSession("{\"op\":9,\"d\":" + resumable + "}");
            if (!resumable) {
                session = null;
            }
        }
        signal.fire();
    }

    /** Drops the bot's socket without a close frame, as a network failure would. */
    public void dropConnection() {
        WebSocket socket = currentSocket();
        if (socket != null) {
            socket.closeConnection(1006, "Dropped by the simulator");
        }
    }

    /** Closes the bot's socket with a close code (4000 resumes; 4004, 4010-4014 are fatal in JDA). */
    public void closeConnection(int code) {
        WebSocket socket = currentSocket();
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
                    if (session != null && session.socket() == socket) {
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
        identifies++;
        session = new GatewaySession("sim-session-" + UUID.randomUUID());
        session.socket(socket);
        dispatch("READY", handler.ready(session.id(), url()));
        handler.afterReady().forEach(event -> dispatch(event.type(), event.data()));
    }

    private void resume(WebSocket socket, JsonNode d) {
        boolean valid = session != null
                && session.id().equals(d.path("session_id").asText())
                && handler.acceptToken(d.path("token").asText());
        if (!valid) {
            send(socket, "{\"op\":9,\"d\":false}");
            return;
        }
        resumes++;
        session.socket(socket);
        session.after(d.path("seq").asLong()).forEach(json -> send(socket, json));
        dispatch("RESUMED", Json.object());
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        LOG.debug("Gateway socket closed: {} {} (remote={})", code, reason, remote);
        synchronized (lock) {
            if (session != null && session.socket() == socket) {
                session.socket(null);
            }
        }
        signal.fire();
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        LOG.debug("Gateway socket error", error);
    }

    private WebSocket currentSocket() {
        synchronized (lock) {
            return session == null ? null : session.socket();
        }
    }

    private void sendToSession(String json) {
        send(currentSocket(), json);
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
