package dev.musicbot.runtime.discord;

import dev.musicbot.api.command.Attachment;
import dev.musicbot.api.command.AttachmentTooLargeException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads a file a user attached to a command, from the address Discord gave in the interaction only (the
 * caller checks that), over HTTP(S) without following redirects, within a timeout and a size cap: a file over the
 * cap is refused from its declared length or, failing that, after reading one byte past the cap.
 */
final class AttachmentDownloader {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final AttachmentDownloader SHARED = new AttachmentDownloader(
            HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build(),
            REQUEST_TIMEOUT);

    private final HttpClient http;
    private final Duration timeout;

    AttachmentDownloader(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    static AttachmentDownloader shared() {
        return SHARED;
    }

    byte[] download(Attachment attachment, long maxBytes) throws IOException {
        String scheme = String.valueOf(attachment.url().getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IOException("unsupported attachment address: " + attachment.url());
        }
        if (attachment.size() > maxBytes) {
            throw new AttachmentTooLargeException(maxBytes);
        }
        HttpRequest request =
                HttpRequest.newBuilder(attachment.url()).timeout(timeout).GET().build();
        HttpResponse<byte[]> response = send(request, maxBytes);
        if (response.statusCode() != 200) {
            throw new IOException("attachment download answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** Sends within the timeout overall (body included): a slow trickle counts against it too. */
    private HttpResponse<byte[]> send(HttpRequest request, long maxBytes) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, capped(maxBytes));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException("attachment download timed out", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), maxBytes);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading an attachment", e);
        }
    }

    /** Reads a 200 body of at most {@code maxBytes} (JDK's limiting handler fails past it); discards others. */
    private static HttpResponse.BodyHandler<byte[]> capped(long maxBytes) {
        return info -> info.statusCode() == 200
                ? HttpResponse.BodyHandlers.limiting(HttpResponse.BodyHandlers.ofByteArray(), maxBytes)
                        .apply(info)
                : HttpResponse.BodySubscribers.replacing(new byte[0]);
    }

    private static IOException failure(Throwable cause, long maxBytes) {
        if (cause instanceof IOException io) {
            String message = String.valueOf(io.getMessage());
            return message.startsWith("body exceeds capacity") ? new AttachmentTooLargeException(maxBytes) : io;
        }
        return new IOException(cause);
    }
}
