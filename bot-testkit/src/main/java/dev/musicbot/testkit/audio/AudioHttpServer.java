package dev.musicbot.testkit.audio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server for audio files: correct {@code Content-Type} and {@code Content-Length},
 * {@code Accept-Ranges: bytes}, single-range requests (206/416), HEAD, plus status and redirect routes for error
 * tests. Every request is recorded. Thread-safe.
 */
public final class AudioHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<HttpRequestRecord> requests = new ArrayList<>();
    private final Set<HttpExchange> recorded = ConcurrentHashMap.newKeySet();

    private AudioHttpServer(InetAddress bind) {
        try {
            server = HttpServer.create(new InetSocketAddress(bind, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on 127.0.0.1 and an ephemeral port. */
    public static AudioHttpServer start() {
        return new AudioHttpServer(InetAddress.getLoopbackAddress());
    }

    /**
     * Starts a server on another loopback address (for example {@code 127.0.0.2}, which a test's allow-list
     * does not name: a canary that counts the requests nothing should make).
     */
    public static AudioHttpServer startOn(String loopbackAddress) {
        return new AudioHttpServer(InetAddress.ofLiteral(loopbackAddress));
    }

    /**
     * The URL of a path on this server ({@code path} starts with {@code /}, and may carry a query). A path with
     * characters a URL cannot hold as they are ({@code <}, spaces) is percent-encoded; it is routed by its decoded
     * form, so such a path names a file whose title holds those characters.
     */
    public URI url(String path) {
        String address = server.getAddress().getAddress().getHostAddress();
        String host = address.contains(":") ? "[" + address + "]" : address;
        int port = server.getAddress().getPort();
        try {
            return URI.create("http://" + host + ":" + port + path);
        } catch (IllegalArgumentException needsEncoding) {
            try {
                return new URI("http", null, host, port, path, null, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a path: " + path, e);
            }
        }
    }

    /** Serves a file at a path, with the content type guessed from its extension. */
    public URI serve(String path, Path file) {
        return serve(
                path, file, AudioFileFormat.contentTypeOf(file.getFileName().toString()));
    }

    /** Serves a file at a path with a content type. */
    public URI serve(String path, Path file, String contentType) {
        return route(path, exchange -> sendFile(exchange, file, contentType));
    }

    /** Serves bytes at a path with a content type (ranges supported as well). */
    public URI serve(String path, byte[] body, String contentType) {
        return route(path, exchange -> sendBytes(exchange, body, contentType));
    }

    /** Answers a path with a status code and a short text body (e.g. 403, 404, 500). */
    public URI status(String path, int status) {
        byte[] body = ("HTTP " + status).getBytes(StandardCharsets.UTF_8);
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            respond(exchange, status, isHead(exchange) ? -1 : body.length);
            if (!isHead(exchange)) {
                exchange.getResponseBody().write(body);
            }
        });
    }

    /** Redirects a path to a location (absolute URL or path) with 301, 302, 303, 307 or 308. */
    public URI redirect(String path, String location, int status) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            respond(exchange, status, -1);
        });
    }

    /**
     * Registers any handler at an exact path. Its request is recorded when the handler returns, which may be
     * after the client saw the response; the built-in routes record before responding.
     */
    /**
     * Makes an already served path answer only after a delay (a slow origin).
     *
     * @param path the path, already served
     * @param delay how long each request waits before it is answered
     * @return the path's URL
     */
    public URI slow(String path, Duration delay) {
        HttpHandler served = routes.get(path);
        if (served == null) {
            throw new IllegalArgumentException("nothing is served at " + path);
        }
        return route(path, exchange -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            served.handle(exchange);
        });
    }

    public URI route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return url(path);
    }

    /** All requests so far, in order. */
    public synchronized List<HttpRequestRecord> requests() {
        return List.copyOf(requests);
    }

    /** Requests for one path. */
    public List<HttpRequestRecord> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            HttpHandler handler = routes.get(exchange.getRequestURI().getPath());
            if (handler == null) {
                respond(exchange, 404, -1);
            } else {
                handler.handle(exchange);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or the handler failed; the record shows what was answered.
        } finally {
            if (!recorded.remove(exchange)) {
                record(exchange, exchange.getResponseCode());
            }
        }
    }

    /** Records the request with its status, then sends the response headers. */
    private void respond(HttpExchange exchange, int status, long length) throws IOException {
        record(exchange, status);
        recorded.add(exchange);
        exchange.sendResponseHeaders(status, length);
    }

    private synchronized void record(HttpExchange exchange, int status) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
        requests.add(new HttpRequestRecord(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(headers),
                status,
                Instant.now()));
    }

    private void sendFile(HttpExchange exchange, Path file, String contentType) throws IOException {
        long total = Files.size(file);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            Body body = (out, first, length) -> {
                channel.position(first);
                copy(Channels.newInputStream(channel), out, length);
            };
            send(exchange, total, contentType, body);
        }
    }

    private void sendBytes(HttpExchange exchange, byte[] bytes, String contentType) throws IOException {
        send(exchange, bytes.length, contentType, (out, first, length) -> out.write(bytes, (int) first, (int) length));
    }

    private interface Body {
        void write(OutputStream out, long first, long length) throws IOException;
    }

    private void send(HttpExchange exchange, long total, String contentType, Body body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Accept-Ranges", "bytes");
        ByteRange.Result range = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), total);
        long first = 0;
        long length = total;
        int status = 200;
        switch (range) {
            case ByteRange.Unsatisfiable _ -> {
                headers.set("Content-Range", "bytes */" + total);
                respond(exchange, 416, -1);
                return;
            }
            case ByteRange.Partial p -> {
                first = p.range().first();
                length = p.range().length();
                status = 206;
                headers.set("Content-Range", p.range().contentRange(total));
            }
            case ByteRange.Whole _ -> {
                // the whole resource
            }
        }
        if (isHead(exchange)) {
            headers.set("Content-Length", Long.toString(length));
            respond(exchange, status, -1);
            return;
        }
        respond(exchange, status, length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            body.write(out, first, length);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static boolean isHead(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("HEAD");
    }
}
