package dev.musicbot.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.Signal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API on 127.0.0.1 (plain HTTP, JDK {@link HttpServer}). Checks {@code Authorization: Bot <token>},
 * routes by method and path template, records every call and never sends rate-limit headers.
 */
public final class RestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final Pattern API_PREFIX = Pattern.compile("^/api(/v\\d+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private record Route(String method, Pattern pattern, List<String> names, RestHandler handler) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String authorization;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<RestCall> calls = new ArrayList<>();
    private final Signal signal = new Signal();

    /**
     * Starts a server.
     *
     * @param token the bot token requests must carry as {@code Bot <token>}
     */
    public RestServer(String token) {
        this.authorization = "Bot " + token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/api/v10/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
    }

    /**
     * Adds a route. Templates use {@code {name}} for one path segment, e.g. {@code /channels/{channel}/messages}.
     * The first matching route wins.
     */
    public RestServer route(String method, String template, RestHandler handler) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, Pattern.compile(regex.toString()), List.copyOf(names), handler));
        return this;
    }

    /** Every call so far, in arrival order. */
    public synchronized List<RestCall> calls() {
        return List.copyOf(calls);
    }

    /** Fires after each recorded call. */
    public Signal signal() {
        return signal;
    }

    private void exchange(HttpExchange exchange) {
        try (exchange) {
            RestResponse response;
            try {
                response = handle(exchange);
            } catch (RuntimeException | IOException e) {
                LOG.error("REST simulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                response = new RestResponse(
                        500, Json.object().put("message", e.toString()).put("code", 0));
            }
            write(exchange, response);
        } catch (IOException e) {
            LOG.debug("Could not answer {}", exchange.getRequestURI(), e);
        } finally {
            signal.fire();
        }
    }

    private RestResponse handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = API_PREFIX.matcher(exchange.getRequestURI().getRawPath()).replaceFirst("");
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = MissingNode.getInstance();
        List<UploadedFile> files = List.of();
        if (Multipart.isMultipart(contentType)) {
            Multipart.Parts parts = Multipart.parse(contentType, raw);
            body = Json.parse(parts.payloadJson());
            files = parts.files();
        } else if (raw.length > 0) {
            body = Json.parse(raw);
        }
        RestResponse response = respond(exchange, new RestRequest(method, path, Map.of(), query, body, files));
        synchronized (this) {
            calls.add(new RestCall(method, path, Map.copyOf(query), body, response.status(), Instant.now()));
        }
        return response;
    }

    private RestResponse respond(HttpExchange exchange, RestRequest request) {
        if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            LOG.warn("Unauthorized REST call {} {}", request.method(), request.path());
            return new RestResponse(
                    401, Json.object().put("message", "401: Unauthorized").put("code", 0));
        }
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(request.path());
            if (route.method().equals(request.method()) && m.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    params.put(route.names().get(i), m.group(i + 1));
                }
                return route.handler()
                        .handle(new RestRequest(
                                request.method(),
                                request.path(),
                                params,
                                request.query(),
                                request.body(),
                                request.uploads()));
            }
        }
        LOG.warn("Unhandled REST route {} {} body={}", request.method(), request.path(), request.body());
        return RestResponse.unknownRoute();
    }

    private static void write(HttpExchange exchange, RestResponse response) throws IOException {
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
