package dev.musicbot.runtime.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The health and metrics endpoint (JDK HTTP server, one virtual thread per request):
 *
 * <ul>
 *   <li>{@code GET /health/live}: 200 {@code {"status":"UP"}} unless a check is fatal (then 503).
 *   <li>{@code GET /health/ready} and {@code GET /health}: 200 when every check is up, else 503; the body lists
 *       each check's status and detail.
 *   <li>{@code GET /metrics}: every meter in the Prometheus text format.
 * </ul>
 */
final class HealthServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private HealthServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code host:port} (port 0 picks a free one).
     *
     * @throws IOException if the address cannot be bound
     */
    static HealthServer start(String host, int port, HealthChecks checks, Metrics metrics) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        route(server, "/health/live", () -> live(checks.report()));
        route(server, "/health/ready", () -> ready(checks.report()));
        route(server, "/health", () -> ready(checks.report()));
        route(server, "/metrics", () -> metricsOf(metrics));
        server.createContext("/", exchange -> send(exchange, Reply.text(404, "Not found\n")));
        server.start();
        return new HealthServer(server, executor);
    }

    /** The port it listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    private static Reply live(HealthReport report) {
        return report.live()
                ? Reply.json(200, JsonNodeFactory.instance.objectNode().put("status", "UP"))
                : Reply.json(503, report.toJson(false));
    }

    private static Reply ready(HealthReport report) {
        boolean up = report.ready();
        return Reply.json(up ? 200 : 503, report.toJson(up));
    }

    private static Reply metricsOf(Metrics metrics) {
        return new Reply(200, PROMETHEUS_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code path} itself (the JDK server matches prefixes), and only GET and HEAD. */
    private static void route(HttpServer server, String path, Supplier<Reply> reply) {
        server.createContext(path, exchange -> {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, Reply.text(404, "Not found\n"));
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, Reply.text(405, "Only GET and HEAD\n"));
            } else {
                send(exchange, reply.get());
            }
        });
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", reply.type());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private record Reply(int status, String type, byte[] body) {
        static Reply json(int status, Object body) {
            try {
                return new Reply(status, JSON_TYPE, JSON.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        }

        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
