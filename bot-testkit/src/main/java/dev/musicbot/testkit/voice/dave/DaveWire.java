package dev.musicbot.testkit.voice.dave;

import java.util.List;

/** The bot's voice WebSocket as DAVE uses it; the voice server adds the sequence numbers. */
public interface DaveWire {
    /** A binary message: {@code u16 sequence | u8 opcode | payload}. */
    void binary(int opcode, byte[] payload);

    /** A JSON message whose {@code d} is {@code {"transition_id": id}} (op 21, 22). */
    void json(int opcode, int transitionId);

    /** op 11 clients_connect. */
    void clientsConnect(List<Long> userIds);

    /** op 13 client_disconnect. */
    void clientDisconnect(long userId);
}
