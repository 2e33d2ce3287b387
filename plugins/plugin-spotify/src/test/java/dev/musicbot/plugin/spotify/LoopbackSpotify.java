package dev.musicbot.plugin.spotify;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback stand-in for the Spotify accounts service and Web API (JDK HttpServer on 127.0.0.1). Routes
 * answer with queued replies, the last of which repeats; bodies are fixture files in which {@code ${api}}
 * becomes this server's API base. Unknown paths get Spotify's 404 error object. Every request is recorded.
 */
final class LoopbackSpotify implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Deque<Reply>> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new ArrayList<>();
    private final Class<?> fixtures;

    private LoopbackSpotify(Class<?> fixtures) throws IOException {
        this.fixtures = fixtures;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        token("token-1");
    }

    /**
     * Starts a server whose fixtures live under {@code dev/musicbot/plugin/spotify/<TestClass>/}.
     *
     * @param testClass the test class naming the fixture folder
     * @return the running server
     */
    static LoopbackSpotify start(Class<?> testClass) {
        try {
            return new LoopbackSpotify(testClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String authBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String apiBase() {
        return authBase() + "/v1";
    }

    /** Settings pointing at this server, with credentials "id"/"secret". */
    SpotifyConfig.Settings settings(int maxTracks) {
        return new SpotifyConfig("id", "secret", apiBase(), authBase(), null, maxTracks).settings();
    }

    /** A resolver wired to this server (up to 500 tracks per listing) and a loader for YouTube searches. */
    SpotifyResolver resolver(TrackLoader loader) {
        return new SpotifyResolver(
                CatalogLookup.create(settings(500), HttpClient.newHttpClient(), loader, Clock.systemUTC()));
    }

    /** A resolver wired to this server, whose YouTube searches find nothing. */
    SpotifyResolver resolver() {
        return resolver(query -> new ResolveResult.NoMatch("no YouTube in this test"));
    }

    /** Answers token requests with these tokens in turn (the last repeats). */
    void token(String... tokens) {
        Reply[] replies = new Reply[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            replies[i] = Reply.json(
                    200, "{\"access_token\":\"" + tokens[i] + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }
        on("/api/token", replies);
    }

    /**
     * Routes a path (and optionally its exact query) to replies.
     *
     * @param pathAndQuery for example {@code /v1/tracks/abc} or {@code /v1/albums/x/tracks?offset=2&limit=2}
     * @param replies the replies in turn; the last one repeats
     */
    void on(String pathAndQuery, Reply... replies) {
        routes.put(pathAndQuery, new ArrayDeque<>(List.of(replies)));
    }

    /** A 200 reply with a fixture file's body. */
    Reply fixture(String name) {
        return Reply.json(200, read(name));
    }

    /** Spotify's error object with a status. */
    static Reply error(int status, String message) {
        return Reply.json(status, "{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}");
    }

    /** All requests, in order. */
    synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The requests to one path, in order. */
    List<Recorded> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    private String read(String name) {
        String resource = fixtures.getSimpleName() + "/" + name + ".json";
        try (InputStream in = fixtures.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${api}", apiBase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (this) {
            requests.add(new Recorded(
                    exchange.getRequestMethod(), path, query, exchange.getRequestHeaders(), body, Instant.now()));
        }
        Reply reply = next(query == null ? path : path + "?" + query, path);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Reply next(String exact, String path) {
        Deque<Reply> queue = routes.containsKey(exact) ? routes.get(exact) : routes.get(path);
        if (queue == null) {
            return error(404, "Resource not found");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * A canned answer.
     *
     * @param status the HTTP status
     * @param body the body
     * @param headers extra response headers
     */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, String body) {
            return new Reply(status, body, Map.of());
        }

        Reply withHeader(String name, String value) {
            return new Reply(status, body, Map.of(name, value));
        }
    }

    /**
     * A request the server received.
     *
     * @param method the method
     * @param path the path
     * @param query the raw query, or null
     * @param headers the request headers
     * @param body the body
     * @param at when it arrived
     */
    record Recorded(String method, String path, String query, Headers headers, String body, Instant at) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }
}
