package dev.musicbot.runtime.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/**
 * Fetches the text of a playlist link (an M3U file) from exactly the addresses the guard checked: the client's
 * DNS hook answers with them and nothing else, so a second lookup that could answer differently (DNS rebinding)
 * never happens. Redirects are not followed, the body is capped, and the whole fetch (connect, headers and a
 * trickling body) is bounded by one wall-clock deadline, after which the request is aborted.
 */
final class ListFetcher {
    private static final int CONNECT_TIMEOUT_MS = 10_000;

    private final Duration deadline;
    private final int maxBytes;

    /** What the server answered: its status, and the body's text for 200 (at most the cap). */
    record Fetched(int status, String text) {}

    /** The deadline passed before the list was read. */
    static final class DeadlineException extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        DeadlineException() {
            super("the deadline passed");
        }
    }

    ListFetcher(Duration deadline, int maxBytes) {
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    Duration deadline() {
        return deadline;
    }

    /**
     * Fetches a list.
     *
     * @param uri the link
     * @param checked the addresses the guard resolved and allowed for the link's host
     * @throws DeadlineException if the deadline passed
     * @throws IOException if the request failed
     */
    Fetched fetch(URI uri, InetAddress[] checked) throws IOException {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        try (CloseableHttpClient client = HttpClients.custom()
                .setDnsResolver(name -> pinned(host, name, checked))
                .disableRedirectHandling()
                .disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(CONNECT_TIMEOUT_MS)
                        .setSocketTimeout((int) deadline.toMillis())
                        .build())
                .build()) {
            HttpGet request = new HttpGet(uri);
            AtomicBoolean expired = new AtomicBoolean();
            CompletableFuture<Void> timer = CompletableFuture.runAsync(
                    () -> {
                        expired.set(true);
                        request.abort();
                    },
                    CompletableFuture.delayedExecutor(deadline.toMillis(), TimeUnit.MILLISECONDS));
            try {
                return read(client, request);
            } catch (IOException e) {
                throw expired.get() ? new DeadlineException() : e;
            } finally {
                timer.cancel(false);
            }
        }
    }

    private Fetched read(CloseableHttpClient client, HttpGet request) throws IOException {
        try (CloseableHttpResponse response = client.execute(request)) {
            int status = response.getStatusLine().getStatusCode();
            HttpEntity entity = response.getEntity();
            if (status != 200 || entity == null) {
                return new Fetched(status, "");
            }
            try (InputStream body = entity.getContent()) {
                return new Fetched(status, new String(body.readNBytes(maxBytes), StandardCharsets.UTF_8));
            }
        }
    }

    private static InetAddress[] pinned(String host, String name, InetAddress[] checked) throws UnknownHostException {
        if (!name.toLowerCase(Locale.ROOT).equals(host)) {
            throw new UnknownHostException(name + " was not checked by the address guard");
        }
        return checked.clone();
    }
}
