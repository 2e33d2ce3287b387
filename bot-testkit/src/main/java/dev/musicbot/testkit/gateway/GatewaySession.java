package dev.musicbot.testkit.gateway;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.java_websocket.WebSocket;

/**
 * A gateway session: its id, its shard ({@code [shard, total]} from IDENTIFY), sequence counter, the socket it is
 * on, and its recent dispatches for replay.
 */
final class GatewaySession {
    private static final int REPLAY_LIMIT = 10_000;

    private record Entry(long sequence, String json) {}

    private final String id;
    private final int shard;
    private final int total;
    private final Deque<Entry> log = new ArrayDeque<>();
    private long sequence;
    private WebSocket socket;

    GatewaySession(String id, int shard, int total) {
        this.id = id;
        this.shard = shard;
        this.total = total;
    }

    int shard() {
        return shard;
    }

    int total() {
        return total;
    }

    /** Whether Discord routes this guild's events to this session: {@code (guild_id >> 22) % total == shard}. */
    boolean owns(long guildId) {
        return (guildId >>> 22) % total == shard;
    }

    String id() {
        return id;
    }

    long nextSequence() {
        return ++sequence;
    }

    WebSocket socket() {
        return socket;
    }

    void socket(WebSocket socket) {
        this.socket = socket;
    }

    void remember(long seq, String json) {
        log.addLast(new Entry(seq, json));
        if (log.size() > REPLAY_LIMIT) {
            log.removeFirst();
        }
    }

    /** Dispatches the client missed: those with a sequence above {@code seen}, oldest first. */
    List<String> after(long seen) {
        return log.stream().filter(e -> e.sequence() > seen).map(Entry::json).toList();
    }
}
