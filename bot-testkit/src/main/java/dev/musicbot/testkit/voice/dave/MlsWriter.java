package dev.musicbot.testkit.voice.dave;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Writes MLS's TLS presentation language (RFC 9420 §2.1): big-endian integers, and vectors whose length is a
 * variable-size header (the shortest of 1, 2 or 4 bytes, the two top bits giving the size).
 */
public final class MlsWriter {
    /** The largest vector length a 4-byte header holds. */
    static final int MAX_VARINT = (1 << 30) - 1;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public MlsWriter u8(int value) {
        out.write(value);
        return this;
    }

    public MlsWriter u16(int value) {
        return u8(value >>> 8).u8(value);
    }

    public MlsWriter u32(long value) {
        return u16((int) (value >>> 16)).u16((int) value);
    }

    public MlsWriter u64(long value) {
        return u32(value >>> 32).u32(value & 0xFFFF_FFFFL);
    }

    /** A vector length header: 1 byte below 64, 2 bytes below 16384, else 4 bytes. */
    public MlsWriter varint(int value) {
        if (value < 0 || value > MAX_VARINT) {
            throw new IllegalArgumentException("an MLS vector cannot be " + value + " bytes long");
        }
        if (value < 0x40) {
            return u8(value);
        }
        if (value < 0x4000) {
            return u16(0x4000 | value);
        }
        return u32(0x8000_0000L | value);
    }

    /** Bytes as they are, with no length header (an already encoded struct). */
    public MlsWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** {@code opaque data<V>}: the length header, then the bytes. */
    public MlsWriter opaque(byte[] bytes) {
        return varint(bytes.length).raw(bytes);
    }

    /** A vector {@code T items<V>} whose items {@code body} writes. */
    public MlsWriter vector(Consumer<MlsWriter> body) {
        MlsWriter items = new MlsWriter();
        body.accept(items);
        return opaque(items.toByteArray());
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
