package dev.musicbot.testkit.voice;

import java.nio.ByteBuffer;

/**
 * The RTP header of a voice packet.
 *
 * @param sequence 16-bit sequence number
 * @param timestamp 32-bit timestamp
 * @param ssrc synchronisation source
 * @param length bytes of the clear header, which is also the AEAD associated data: 12 + 4·CC, plus the
 *     4-byte extension preamble when the X bit is set
 * @param extensionBodyLength bytes of header-extension body at the start of the (encrypted) payload
 */
public record RtpHeader(int sequence, long timestamp, long ssrc, int length, int extensionBodyLength) {
    /** RTP fixed header size. */
    public static final int FIXED_LENGTH = 12;
    /** Payload type Discord uses for Opus. */
    public static final int OPUS_PAYLOAD_TYPE = 0x78;
    /** AEAD tag length. */
    public static final int TAG_LENGTH = 16;
    /** Trailing nonce counter length. */
    public static final int NONCE_SUFFIX_LENGTH = 4;

    /**
     * Whether a datagram can be an encrypted Opus packet: long enough for header, tag and nonce, RTP version 2,
     * payload type 120. This filters JDA's empty and all-zero datagrams and its 0xC9 keep-alives.
     */
    public static boolean looksLikeAudio(byte[] data, int length) {
        return length >= FIXED_LENGTH + TAG_LENGTH + NONCE_SUFFIX_LENGTH
                && (data[0] & 0xC0) == 0x80
                && (data[1] & 0x7F) == OPUS_PAYLOAD_TYPE;
    }

    /**
     * Parses the header of a packet.
     *
     * @throws IllegalArgumentException if the packet is too short for its header
     */
    public static RtpHeader parse(byte[] data, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
        int csrcCount = data[0] & 0x0F;
        boolean extension = (data[0] & 0x10) != 0;
        int headerLength = FIXED_LENGTH + 4 * csrcCount + (extension ? 4 : 0);
        if (length < headerLength) {
            throw new IllegalArgumentException("Packet shorter than its RTP header");
        }
        int extensionBody = extension ? 4 * (buffer.getShort(headerLength - 2) & 0xFFFF) : 0;
        return new RtpHeader(
                buffer.getShort(2) & 0xFFFF,
                buffer.getInt(4) & 0xFFFF_FFFFL,
                buffer.getInt(8) & 0xFFFF_FFFFL,
                headerLength,
                extensionBody);
    }
}
