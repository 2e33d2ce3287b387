package dev.musicbot.testkit.voice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The 74-byte UDP IP discovery packets of the voice protocol.
 *
 * <p>Layout (big-endian): type u16 ({@code 1} request, {@code 2} response), length u16 ({@code 70}), ssrc u32,
 * address (ASCII, NUL-padded, bytes 8..71), port u16 in bytes 72..73.
 */
public final class IpDiscovery {
    /** Size of every discovery packet. */
    public static final int LENGTH = 74;

    private static final int REQUEST = 1;
    private static final int RESPONSE = 2;
    private static final int BODY_LENGTH = 70;
    private static final int ADDRESS_OFFSET = 8;
    private static final int PORT_OFFSET = 72;

    private IpDiscovery() {}

    /**
     * A parsed discovery response.
     *
     * @param ssrc the ssrc echoed back
     * @param address the client's address as the server sees it
     * @param port the client's port as the server sees it
     */
    public record Response(long ssrc, String address, int port) {}

    /** Builds the request a client sends. */
    public static byte[] request(long ssrc) {
        return ByteBuffer.allocate(LENGTH)
                .putShort((short) REQUEST)
                .putShort((short) BODY_LENGTH)
                .putInt((int) ssrc)
                .array();
    }

    /** Whether a datagram is a discovery request. */
    public static boolean isRequest(byte[] data, int length) {
        return length == LENGTH && data[0] == 0 && data[1] == REQUEST;
    }

    /** The ssrc in a discovery request. */
    public static long requestSsrc(byte[] data) {
        return ByteBuffer.wrap(data, 4, 4).getInt() & 0xFFFF_FFFFL;
    }

    /** Builds the 74-byte response telling the client its address and port. */
    public static byte[] response(long ssrc, String address, int port) {
        byte[] ascii = address.getBytes(StandardCharsets.US_ASCII);
        if (ascii.length >= PORT_OFFSET - ADDRESS_OFFSET) {
            throw new IllegalArgumentException("Address too long: " + address);
        }
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH)
                .putShort((short) RESPONSE)
                .putShort((short) BODY_LENGTH)
                .putInt((int) ssrc)
                .put(ascii);
        buffer.putShort(PORT_OFFSET, (short) port);
        return buffer.array();
    }

    /** Parses a response, as a client would (address trimmed of NULs, port big-endian from bytes 72..73). */
    public static Response parseResponse(byte[] data) {
        if (data.length != LENGTH || data[1] != RESPONSE) {
            throw new IllegalArgumentException("Not a discovery response");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        long ssrc = buffer.getInt(4) & 0xFFFF_FFFFL;
        int end = ADDRESS_OFFSET;
        while (end < PORT_OFFSET && data[end] != 0) {
            end++;
        }
        String address = new String(data, ADDRESS_OFFSET, end - ADDRESS_OFFSET, StandardCharsets.US_ASCII);
        return new Response(ssrc, address, buffer.getShort(PORT_OFFSET) & 0xFFFF);
    }
}
