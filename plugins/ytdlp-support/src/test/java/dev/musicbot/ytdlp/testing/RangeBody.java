package dev.musicbot.ytdlp.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers a request with bytes, honouring an open-ended {@code Range: bytes=N-}, for hand-written routes. */
public final class RangeBody {
    private static final Pattern OPEN_RANGE = Pattern.compile("bytes=(\\d+)-");

    private RangeBody() {}

    /**
     * Sends the body (or its requested tail) with a content type.
     *
     * @param exchange the request
     * @param body the whole resource
     * @param contentType its MIME type
     */
    public static void send(HttpExchange exchange, byte[] body, String contentType) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher matcher = range == null ? null : OPEN_RANGE.matcher(range);
        int first = matcher != null && matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (first > 0) {
            exchange.getResponseHeaders()
                    .set("Content-Range", "bytes " + first + "-" + (body.length - 1) + "/" + body.length);
        }
        exchange.sendResponseHeaders(first > 0 ? 206 : 200, body.length - first);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, first, body.length - first);
        }
    }
}
