package dev.musicbot.testkit;

import dev.musicbot.testkit.gateway.GatewayMessage;
import dev.musicbot.testkit.gateway.GatewayServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/** The main gateway as tests see it: connection counters, what the bot sent, and fault injection. */
public final class SimGateway {
    private final GatewayServer server;

    SimGateway(GatewayServer server) {
        this.server = server;
    }

    /** Whether the bot has an identified session on an open socket. */
    public boolean isReady() {
        return server.isReady();
    }

    /** Waits until {@link #isReady()} (READY and the GUILD_CREATEs have been sent). */
    public SimGateway awaitReady(Duration timeout) {
        server.signal()
                .await(
                        () -> server.isReady() ? Optional.of(true) : Optional.empty(),
                        timeout,
                        () -> "the bot to identify on the gateway; connections=" + connections());
        return this;
    }

    /** WebSocket connections accepted so far. */
    public int connections() {
        return server.connections();
    }

    /** IDENTIFYs accepted so far. */
    public int identifies() {
        return server.identifies();
    }

    /** Successful RESUMEs so far. */
    public int resumes() {
        return server.resumes();
    }

    /** Waits until at least {@code count} connections were accepted. */
    public SimGateway awaitConnections(int count, Duration timeout) {
        return awaitCount(server::connections, count, timeout, "connections");
    }

    /** Waits until at least {@code count} IDENTIFYs were accepted. */
    public SimGateway awaitIdentifies(int count, Duration timeout) {
        return awaitCount(server::identifies, count, timeout, "identifies");
    }

    /** Waits until at least {@code count} RESUMEs succeeded. */
    public SimGateway awaitResumes(int count, Duration timeout) {
        return awaitCount(server::resumes, count, timeout, "resumes");
    }

    /** Every message the bot sent (heartbeats, IDENTIFY, voice state updates, ...). */
    public List<GatewayMessage> received() {
        return server.received();
    }

    /** Messages the bot sent with one opcode. */
    public List<GatewayMessage> received(int op) {
        return received().stream().filter(m -> m.op() == op).toList();
    }

    /** The current session id, if any. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(server.sessionId());
    }

    /** Whether shard {@code shard} has an identified session on an open socket. */
    public boolean isReady(int shard) {
        return server.isReady(shard);
    }

    /** Waits until shard {@code shard} is identified on an open socket (READY and its GUILD_CREATEs sent). */
    public SimGateway awaitReady(int shard, Duration timeout) {
        server.signal()
                .await(
                        () -> server.isReady(shard) ? Optional.of(true) : Optional.empty(),
                        timeout,
                        () -> "shard " + shard + " to identify; shards with a session: " + server.shards());
        return this;
    }

    /** The shards with a session now, ascending. */
    public List<Integer> shards() {
        return server.shards();
    }

    /** Successful RESUMEs of one shard. */
    public int resumes(int shard) {
        return server.resumes(shard);
    }

    /** Waits until shard {@code shard} has RESUMEd at least {@code count} times. */
    public SimGateway awaitResumes(int shard, int count, Duration timeout) {
        return awaitCount(() -> server.resumes(shard), count, timeout, "resumes of shard " + shard);
    }

    /** Closes one shard's socket with a close code; the other shards' sessions stay. */
    public void dropConnection(int shard, int closeCode) {
        server.closeConnection(shard, closeCode);
    }

    /** Sends op 7 RECONNECT; JDA reconnects and RESUMEs. */
    public void requestReconnect() {
        server.requestReconnect();
    }

    /**
     * Sends op 9 INVALID_SESSION. Resumable: JDA reconnects and RESUMEs. Not resumable: the session is dropped
     * and JDA IDENTIFYs again (after its 5 s identify delay).
     */
    public void invalidateSession(boolean resumable) {
        server.invalidateSession(resumable);
    }

    /** Drops the socket without a close frame; JDA reconnects and RESUMEs. */
    public void dropConnection() {
        server.dropConnection();
    }

    /** Closes the socket with a close code (4000 is resumable; 4004 and 4010-4014 make JDA shut down). */
    public void dropConnection(int closeCode) {
        server.closeConnection(closeCode);
    }

    private SimGateway awaitCount(IntSupplier counter, int count, Duration timeout, String what) {
        server.signal()
                .await(
                        () -> counter.getAsInt() >= count ? Optional.of(true) : Optional.empty(),
                        timeout,
                        () -> count + " " + what + "; got " + counter.getAsInt());
        return this;
    }
}
