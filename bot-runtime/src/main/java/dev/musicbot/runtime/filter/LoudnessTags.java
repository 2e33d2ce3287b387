package dev.musicbot.runtime.filter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A track's integrated loudness from the tags at the start of its file: ReplayGain's {@code
 * REPLAYGAIN_TRACK_GAIN} (in an ID3v2 {@code TXXX} frame of an MP3, or a Vorbis comment of Ogg Vorbis, Ogg Opus
 * or FLAC; ReplayGain 2.0 gains are relative to -18 LUFS) and Opus's {@code R128_TRACK_GAIN} (RFC 7845: a Q7.8
 * number of dB relative to -23 LUFS). A gain that is missing, malformed or implausible (more than 30 dB either
 * way) gives nothing, and the loudness is measured instead.
 */
final class LoudnessTags {
    static final double REPLAYGAIN_REFERENCE_LUFS = -18;
    static final double R128_REFERENCE_LUFS = -23;
    static final double MAX_GAIN_DB = 30;
    private static final Pattern DECIBELS = Pattern.compile("\\s*([+-]?\\d+(?:[.,]\\d+)?)\\s*(?:dB)?\\s*");
    private static final Pattern Q78 = Pattern.compile("\\s*([+-]?\\d{1,5})\\s*");

    private LoudnessTags() {}

    /**
     * The loudness the tags in the first bytes of a file declare.
     *
     * @param head the file's first bytes (64 KiB holds the tags of nearly every file without cover art)
     * @return the integrated loudness in LUFS, or empty
     */
    static OptionalDouble loudness(byte[] head) {
        Bytes bytes = new Bytes(head);
        if (bytes.startsWith(0, "ID3")) {
            return id3(bytes);
        }
        if (bytes.startsWith(0, "fLaC")) {
            return flac(bytes);
        }
        if (bytes.startsWith(0, "OggS")) {
            return OggPackets.comments(bytes).map(LoudnessTags::comments).orElse(OptionalDouble.empty());
        }
        return OptionalDouble.empty();
    }

    /** ID3v2.3 / 2.4: the first {@code TXXX} frame described as {@code REPLAYGAIN_TRACK_GAIN}. */
    private static OptionalDouble id3(Bytes bytes) {
        int version = bytes.u8(3);
        int end = Math.min(bytes.length(), 10 + bytes.syncsafe(6));
        int at = 10;
        if ((bytes.u8(5) & 0x40) != 0) {
            at += version == 4 ? bytes.syncsafe(10) : 4 + bytes.u32be(10);
        }
        while (at + 10 <= end && bytes.u8(at) != 0) {
            String id = bytes.ascii(at, 4);
            int size = version == 4 ? bytes.syncsafe(at + 4) : bytes.u32be(at + 4);
            if (size <= 0 || at + 10 + size > end) {
                break;
            }
            if (id.equals("TXXX")) {
                OptionalDouble gain = txxx(bytes, at + 10, size);
                if (gain.isPresent()) {
                    return gain;
                }
            }
            at += 10 + size;
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble txxx(Bytes bytes, int at, int size) {
        int encoding = bytes.u8(at);
        Charset charset =
                switch (encoding) {
                    case 1 -> StandardCharsets.UTF_16;
                    case 2 -> StandardCharsets.UTF_16BE;
                    case 3 -> StandardCharsets.UTF_8;
                    default -> StandardCharsets.ISO_8859_1;
                };
        String text = bytes.text(at + 1, size - 1, charset);
        int split = text.indexOf('\0');
        if (split < 0) {
            return OptionalDouble.empty();
        }
        String description = text.substring(0, split);
        String value = text.substring(split + 1).replace("\0", "").replace("\uFEFF", "");
        return description.equalsIgnoreCase("REPLAYGAIN_TRACK_GAIN") ? replayGain(value) : OptionalDouble.empty();
    }

    /** FLAC: the {@code VORBIS_COMMENT} metadata block (type 4). */
    private static OptionalDouble flac(Bytes bytes) {
        int at = 4;
        while (at + 4 <= bytes.length()) {
            int header = bytes.u8(at);
            int size = bytes.u24be(at + 1);
            if ((header & 0x7f) == 4) {
                return comments(bytes.slice(at + 4, size));
            }
            if ((header & 0x80) != 0) {
                break;
            }
            at += 4 + size;
        }
        return OptionalDouble.empty();
    }

    /** A Vorbis comment list (vendor string, then {@code KEY=value} entries), without its packet's magic. */
    static OptionalDouble comments(Bytes block) {
        int vendor = block.u32le(0);
        int at = 4 + vendor;
        int count = block.u32le(at);
        at += 4;
        OptionalDouble r128 = OptionalDouble.empty();
        for (int i = 0; i < count && at + 4 <= block.length(); i++) {
            int length = block.u32le(at);
            String comment = block.text(at + 4, length, StandardCharsets.UTF_8);
            at += 4 + length;
            int equals = comment.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = comment.substring(0, equals).toUpperCase(Locale.ROOT);
            String value = comment.substring(equals + 1);
            if (key.equals("REPLAYGAIN_TRACK_GAIN")) {
                OptionalDouble gain = replayGain(value);
                if (gain.isPresent()) {
                    return gain;
                }
            } else if (key.equals("R128_TRACK_GAIN") && r128.isEmpty()) {
                r128 = r128(value);
            }
        }
        return r128;
    }

    /** {@code -6.20 dB} (or without the unit; a decimal comma is accepted) to a loudness. */
    static OptionalDouble replayGain(String value) {
        Matcher m = DECIBELS.matcher(value);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        return fromGain(Double.parseDouble(m.group(1).replace(',', '.')), REPLAYGAIN_REFERENCE_LUFS);
    }

    /** A Q7.8 integer, such as {@code -1536} for -6 dB, to a loudness. */
    static OptionalDouble r128(String value) {
        Matcher m = Q78.matcher(value);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        return fromGain(Integer.parseInt(m.group(1)) / 256.0, R128_REFERENCE_LUFS);
    }

    private static OptionalDouble fromGain(double gain, double reference) {
        if (!Double.isFinite(gain) || Math.abs(gain) > MAX_GAIN_DB) {
            return OptionalDouble.empty();
        }
        double lufs = reference - gain;
        return TrackLoudness.plausible(lufs) ? OptionalDouble.of(lufs) : OptionalDouble.empty();
    }

    /** Reads little pieces of a byte array; out of range reads give zeros, so truncated input just ends. */
    record Bytes(byte[] data, int from, int length) {
        Bytes(byte[] data) {
            this(data, 0, data.length);
        }

        int u8(int at) {
            return at >= 0 && at < length ? data[from + at] & 0xff : 0;
        }

        int u24be(int at) {
            return u8(at) << 16 | u8(at + 1) << 8 | u8(at + 2);
        }

        int u32be(int at) {
            return clamp((long) u8(at) << 24 | u8(at + 1) << 16 | u8(at + 2) << 8 | u8(at + 3));
        }

        int u32le(int at) {
            return clamp((long) u8(at + 3) << 24 | u8(at + 2) << 16 | u8(at + 1) << 8 | u8(at));
        }

        long u32leRaw(int at) {
            return (long) u8(at + 3) << 24 | u8(at + 2) << 16 | u8(at + 1) << 8 | u8(at);
        }

        int syncsafe(int at) {
            return u8(at) << 21 | u8(at + 1) << 14 | u8(at + 2) << 7 | u8(at + 3);
        }

        private int clamp(long value) {
            return (int) Math.min(value, length + 1L);
        }

        boolean startsWith(int at, String magic) {
            return ascii(at, magic.length()).equals(magic);
        }

        String ascii(int at, int count) {
            return text(at, count, StandardCharsets.ISO_8859_1);
        }

        String text(int at, int count, Charset charset) {
            int start = Math.clamp(at, 0, length);
            int end = Math.clamp((long) at + Math.max(0, count), start, length);
            return new String(data, from + start, end - start, charset);
        }

        Bytes slice(int at, int count) {
            int start = Math.clamp(at, 0, length);
            int end = Math.clamp((long) at + Math.max(0, count), start, length);
            return new Bytes(data, from + start, end - start);
        }

        Optional<Bytes> after(String magic) {
            return startsWith(0, magic) ? Optional.of(slice(magic.length(), length)) : Optional.empty();
        }
    }
}
