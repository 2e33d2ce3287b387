package dev.musicbot.testkit.voice.dave;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads MLS's TLS presentation language (RFC 9420 §2.1). Every read checks the bounds, and a vector length
 * header must be the shortest encoding, as the RFC requires; a violation is a {@link MlsFormatException}.
 */
public final class MlsReader {
    private final byte[] bytes;
    private final int end;
    private int position;

    public MlsReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private MlsReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.end = to;
    }

    public static MlsReader of(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return new MlsReader(copy);
    }

    public int u8() {
        require(1);
        return bytes[position++] & 0xFF;
    }

    public int u16() {
        return u8() << 8 | u8();
    }

    public long u32() {
        return (long) u16() << 16 | u16();
    }

    public long u64() {
        return u32() << 32 | u32();
    }

    public int varint() {
        int first = u8();
        int prefix = first >>> 6;
        int value = first & 0x3F;
        if (prefix == 3) {
            throw new MlsFormatException("invalid vector length header 0x" + Integer.toHexString(first));
        }
        int extra = (1 << prefix) - 1;
        for (int i = 0; i < extra; i++) {
            value = value << 8 | u8();
        }
        if (prefix > 0 && value < (prefix == 1 ? 0x40 : 0x4000)) {
            throw new MlsFormatException("vector length " + value + " is not minimally encoded");
        }
        return value;
    }

    /** {@code opaque data<V>}. */
    public byte[] opaque() {
        int length = varint();
        return raw(length);
    }

    /** A vector's items as a reader limited to them; this reader moves past the vector. */
    public MlsReader vector() {
        int length = varint();
        require(length);
        MlsReader items = new MlsReader(bytes, position, position + length);
        position += length;
        return items;
    }

    public byte[] raw(int length) {
        require(length);
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    public int position() {
        return position;
    }

    public boolean hasRemaining() {
        return position < end;
    }

    /** The bytes from {@code from} to the current position. */
    public byte[] since(int from) {
        return Arrays.copyOfRange(bytes, from, position);
    }

    /** The bytes from the current position to the end. */
    public byte[] rest() {
        return raw(end - position);
    }

    /** Fails unless every byte has been read. */
    public void expectEnd() {
        if (hasRemaining()) {
            throw new MlsFormatException((end - position) + " unexpected trailing bytes");
        }
    }

    private void require(int length) {
        if (length < 0 || end - position < length) {
            throw new MlsFormatException(
                    "needs " + length + " more bytes at " + position + ", has " + (end - position));
        }
    }
}
