package dev.musicbot.runtime.filter;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The comment header of an Ogg stream, from its first pages: the second packet of the first logical stream, an
 * {@code OpusTags} packet (Opus) or a type-3 {@code vorbis} packet (Vorbis), which may span several pages.
 */
final class OggPackets {
    private static final int MAX_PAGES = 16;

    private OggPackets() {}

    /** The comment list of the stream (its packet without the magic), or empty. */
    static Optional<LoudnessTags.Bytes> comments(LoudnessTags.Bytes file) {
        return secondPacket(file).flatMap(packet -> packet.after("OpusTags").or(() -> packet.after("\u0003vorbis")));
    }

    private static Optional<LoudnessTags.Bytes> secondPacket(LoudnessTags.Bytes file) {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        int packets = 0;
        int at = 0;
        long serial = -1;
        for (int page = 0; page < MAX_PAGES && file.startsWith(at, "OggS"); page++) {
            int segments = file.u8(at + 26);
            long pageSerial = file.u32leRaw(at + 14);
            int body = at + 27 + segments;
            if (serial == -1) {
                serial = pageSerial;
            }
            for (int s = 0; s < segments; s++) {
                int lacing = file.u8(at + 27 + s);
                if (pageSerial == serial && packets == 1) {
                    LoudnessTags.Bytes segment = file.slice(body, lacing);
                    packet.write(segment.data(), segment.from(), segment.length());
                }
                body += lacing;
                if (pageSerial == serial && lacing < 255 && ++packets == 2) {
                    return Optional.of(new LoudnessTags.Bytes(packet.toByteArray()));
                }
            }
            at = body;
        }
        return Optional.empty();
    }
}
