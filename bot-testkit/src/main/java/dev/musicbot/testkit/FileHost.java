package dev.musicbot.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Discord's CDN on 127.0.0.1: serves the files members attach to commands, without authentication. */
final class FileHost implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, SimFile> files = new ConcurrentHashMap<>();

    FileHost() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/attachments/", this::serve);
        server.start();
    }

    /** Hosts a file under a new attachment id and returns its URL. */
    URI host(String attachmentId, SimFile file) {
        String path = "/attachments/" + attachmentId + "/" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8);
        files.put(path, file);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimFile file = files.get(exchange.getRequestURI().getRawPath());
            if (file == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] content = file.content();
            if (!file.contentType().isEmpty()) {
                exchange.getResponseHeaders().set("Content-Type", file.contentType());
            }
            exchange.sendResponseHeaders(200, content.length == 0 ? -1 : content.length);
            if (content.length > 0) {
                exchange.getResponseBody().write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
