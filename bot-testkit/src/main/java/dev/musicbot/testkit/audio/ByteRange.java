package dev.musicbot.testkit.audio;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single satisfiable byte range of a resource, parsed from a {@code Range} header.
 *
 * @param first first byte, inclusive
 * @param last last byte, inclusive
 */
public record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** Outcome of parsing a Range header against a resource length. */
    public sealed interface Result {}

    /** No usable Range header (absent, malformed or multi-range): serve the whole resource. */
    public record Whole() implements Result {}

    /** A satisfiable range: 206. */
    public record Partial(ByteRange range) implements Result {}

    /** A well-formed range outside the resource: 416. */
    public record Unsatisfiable() implements Result {}

    /** Number of bytes in the range. */
    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value for a resource of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /** Parses {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-suffix} (RFC 9110 §14.1.2). */
    public static Result parse(String header, long total) {
        Matcher m = header == null ? null : SINGLE.matcher(header.strip());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> first = number(m.group(1));
        Optional<Long> last = number(m.group(2));
        if (first.isEmpty()) {
            long suffix = last.orElseThrow();
            if (suffix == 0 || total == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, total - suffix), total - 1));
        }
        if (first.get() >= total || (last.isPresent() && last.get() < first.get())) {
            return last.isPresent() && last.get() < first.get() ? new Whole() : new Unsatisfiable();
        }
        return new Partial(new ByteRange(first.get(), Math.min(total - 1, last.orElse(total - 1))));
    }

    private static Optional<Long> number(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.of(Long.MAX_VALUE);
        }
    }
}
