package dev.musicbot.testkit.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/** A JSON WebSocket client for protocol tests, on the JDK's {@link WebSocket}. */
public final class TestSocket implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private TestSocket(HttpClient client, URI uri) {
        this.socket =
                client.newWebSocketBuilder().buildAsync(uri, new Listener()).join();
    }

    /** Connects without TLS. */
    public static TestSocket connect(String uri) {
        return new TestSocket(HttpClient.newHttpClient(), URI.create(uri));
    }

    /** Connects with TLS, trusting the given context. */
    public static TestSocket connect(String uri, SSLContext tls) {
        return new TestSocket(HttpClient.newBuilder().sslContext(tls).build(), URI.create(uri));
    }

    /** Sends a JSON text frame. */
    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message. */
    public JsonNode next() {
        try {
            JsonNode message = messages.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message within " + TIMEOUT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips messages until one matches. */
    public JsonNode next(Predicate<JsonNode> condition) {
        while (true) {
            JsonNode message = next();
            if (condition.test(message)) {
                return message;
            }
        }
    }

    /** The next dispatch of a type. */
    public JsonNode dispatch(String type) {
        return next(m -> m.path("op").asInt() == 0 && m.path("t").asText().equals(type));
    }

    /** The close code the server sent. */
    public int awaitClose() {
        return closeCode.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** Aborts the connection without a close frame. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(1000, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(Json.parse(text.toString()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
