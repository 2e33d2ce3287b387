package dev.musicbot.api.source;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked for: a URL, a prefixed search ({@code ytsearch:...}) or plain search text.
 *
 * @param input the trimmed input, never blank
 */
public record TrackQuery(String input) {

    /** Validates and trims the input. */
    public TrackQuery {
        Objects.requireNonNull(input, "input");
        input = input.strip();
        if (input.isEmpty()) {
            throw new IllegalArgumentException("a query must not be blank");
        }
    }

    /**
     * The input as an absolute http(s) URI, when it is one.
     *
     * @return the URI, or empty for search text
     */
    public Optional<URI> url() {
        String lower = input.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(input);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    /**
     * Whether the input starts with the given search prefix, such as {@code "ytsearch:"}.
     *
     * @param prefix the prefix including its colon
     * @return true if it does (case-insensitive)
     */
    public boolean hasPrefix(String prefix) {
        return input.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
