package dev.musicbot.runtime.processing;

import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses input no resolver should see, before any lookup: control characters (a NUL would reach a process's
 * arguments), text made only of spaces and invisible characters, and links that are not valid (a port outside
 * 1 to 65535, no host). These are the member's mistakes, answered at once, never faults of a source.
 */
final class QueryCheck {
    private QueryCheck() {}

    /** What is wrong with the query, as a reply to the member; empty when it may be looked up. */
    static Optional<Text> problem(TrackQuery query) {
        String input = query.input();
        if (input.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return Optional.of(RuntimeMessages.text("query.control"));
        }
        if (input.codePoints().allMatch(QueryCheck::invisible)) {
            return Optional.of(RuntimeMessages.text("query.blank"));
        }
        return link(input);
    }

    private static Optional<Text> link(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(input);
        } catch (URISyntaxException e) {
            return Optional.of(RuntimeMessages.text("query.link-invalid", e.getReason()));
        }
        if (uri.getRawAuthority() != null && uri.getHost() == null) {
            try {
                uri.parseServerAuthority();
            } catch (URISyntaxException e) {
                return Optional.of(portOrHost(uri.getRawAuthority()));
            }
        }
        if (uri.getHost() == null) {
            return Optional.of(RuntimeMessages.text("query.no-host"));
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Optional.of(RuntimeMessages.text("query.port", uri.getPort()));
        }
        return Optional.empty();
    }

    private static Text portOrHost(String authority) {
        int colon = authority.lastIndexOf(':');
        String port = colon < 0 ? "" : authority.substring(colon + 1);
        if (!port.isEmpty() && port.chars().allMatch(Character::isDigit) && outOfRange(port)) {
            return RuntimeMessages.text("query.port", port);
        }
        return RuntimeMessages.text("query.bad-host");
    }

    private static boolean outOfRange(String port) {
        return port.length() > 5 || Integer.parseInt(port) == 0 || Integer.parseInt(port) > 65535;
    }

    /** Spaces of every kind and invisible formatting characters (zero-width space, byte-order mark). */
    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
