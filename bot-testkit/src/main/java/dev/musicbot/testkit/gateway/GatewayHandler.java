package dev.musicbot.testkit.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Discord-side behaviour behind the gateway protocol. Methods are called with the gateway lock held, so
 * they may call {@link GatewayServer#dispatch} and see a consistent session.
 */
public interface GatewayHandler {
    /** Whether an IDENTIFY or RESUME token (without the {@code Bot } prefix) is accepted. */
    boolean acceptToken(String token);

    /** The {@code d} of READY for a new session of shard {@code shard} of {@code total}. */
    ObjectNode ready(String sessionId, String resumeGatewayUrl, int shard, int total);

    /** Dispatches to send right after READY (one GUILD_CREATE per guild of the shard). */
    List<Dispatch> afterReady(int shard, int total);

    /** Any other client opcode (3 presence, 4 voice state, 8 request members, ...) from the session's socket. */
    void onOpcode(int op, JsonNode d);

    /**
     * One event to dispatch.
     *
     * @param type the event name ({@code t})
     * @param data the payload ({@code d})
     */
    record Dispatch(String type, JsonNode data) {}
}
