package dev.musicbot.plugin.lyrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.HttpRequestRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A loopback LRCLIB: {@code /api/get}, {@code /api/get/<id>} and {@code /api/search} answer in LRCLIB's shapes
 * from the songs a test adds; a title can be made to fail with a status or to never answer.
 */
final class FakeLrclib implements AutoCloseable {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final AudioHttpServer server = AudioHttpServer.start();
    private final Map<String, ObjectNode> songs = new ConcurrentHashMap<>();
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> silent = new ConcurrentHashMap<>();

    FakeLrclib() {
        server.route("/api/get", exchange -> get(exchange, query(exchange).get("track_name")));
        server.route("/api/search", this::search);
    }

    URI baseUrl() {
        return server.url("");
    }

    /** Adds a song; returns its id. */
    long add(String title, String artist, int seconds, @Nullable String plain, @Nullable String synced) {
        long id = 1000 + songs.size();
        ObjectNode song = JSON.objectNode()
                .put("id", id)
                .put("trackName", title)
                .put("artistName", artist)
                .put("albumName", "Loopback Album")
                .put("duration", (double) seconds)
                .put("instrumental", plain == null && synced == null)
                .put("plainLyrics", plain)
                .put("syncedLyrics", synced);
        songs.put(title, song);
        server.route("/api/get/" + id, exchange -> get(exchange, title));
        return id;
    }

    /** Requests for a title answer with this status. */
    void fail(String title, int status) {
        failing.put(title, status);
    }

    /** Requests for a title never get an answer. */
    void neverAnswer(String title) {
        silent.put(title, true);
    }

    List<HttpRequestRecord> requests(String path) {
        return server.requests(path);
    }

    private void get(HttpExchange exchange, @Nullable String title) throws IOException {
        if (answeredBadly(exchange, title)) {
            return;
        }
        ObjectNode song = title == null ? null : songs.get(title);
        if (song == null) {
            send(
                    exchange,
                    404,
                    JSON.objectNode()
                            .put("code", 404)
                            .put("name", "TrackNotFound")
                            .put("message", "Failed to find specified track")
                            .toString());
        } else {
            send(exchange, 200, song.toString());
        }
    }

    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        String title = Objects.requireNonNullElse(query.get("track_name"), query.getOrDefault("q", ""));
        if (answeredBadly(exchange, title)) {
            return;
        }
        ArrayNode hits = JSON.arrayNode();
        songs.forEach((name, song) -> {
            if (name.equalsIgnoreCase(title) || title.toLowerCase().contains(name.toLowerCase())) {
                hits.add(song);
            }
        });
        send(exchange, 200, hits.toString());
    }

    private boolean answeredBadly(HttpExchange exchange, @Nullable String title) throws IOException {
        if (title != null && silent.containsKey(title)) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
        Integer status = title == null ? null : failing.get(title);
        if (status != null) {
            send(exchange, status, "{\"code\":" + status + ",\"name\":\"Oops\",\"message\":\"broken\"}");
            return true;
        }
        return false;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.put(key, value);
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
