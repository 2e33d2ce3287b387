package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.musicbot.api.command.Attachment;
import dev.musicbot.api.command.AttachmentTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttachmentDownloaderTest {
    private static final byte[] PAYLOAD = "{\"name\":\"party\"}".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final AttachmentDownloader downloader =
            new AttachmentDownloader(HttpClient.newHttpClient(), Duration.ofMillis(800));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/file.json", exchange -> answer(exchange, 200, PAYLOAD, PAYLOAD.length));
        server.createContext("/chunked.json", exchange -> answer(exchange, 200, PAYLOAD, 0));
        server.createContext("/gone.json", exchange -> answer(exchange, 404, new byte[0], -1));
        server.createContext("/slow.json", AttachmentDownloaderTest::trickle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void downloadsAFileWithinTheCap() throws IOException {
        assertThat(downloader.download(attachment("/file.json", PAYLOAD.length), PAYLOAD.length))
                .isEqualTo(PAYLOAD);
    }

    @Test
    void refusesAFileOverTheCapByDeclaredOrActualSize() {
        assertThatThrownBy(() -> downloader.download(attachment("/file.json", 1_000_000), 100))
                .isInstanceOf(AttachmentTooLargeException.class);
        assertThatThrownBy(() -> downloader.download(attachment("/file.json", 1), 5))
                .isInstanceOf(AttachmentTooLargeException.class);
        assertThatThrownBy(() -> downloader.download(attachment("/chunked.json", 1), 5))
                .isInstanceOf(AttachmentTooLargeException.class);
    }

    @Test
    void reportsMissingFilesTimeoutsAndOtherSchemes() {
        assertThatThrownBy(() -> downloader.download(attachment("/gone.json", 1), 100))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("404");
        assertThatThrownBy(() -> downloader.download(attachment("/slow.json", 1), 100))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("timed out");
        Attachment local = new Attachment("x.json", "", 1, URI.create("file:///etc/passwd"));
        assertThatThrownBy(() -> downloader.download(local, 100)).hasMessageContaining("unsupported");
    }

    private Attachment attachment(String path, long size) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new Attachment("file.json", "application/json", size, url);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body, long length) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status, length);
            if (length >= 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static void trickle(HttpExchange exchange) throws IOException {
        try (exchange;
                OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 30; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException closedByClient) {
            // the downloader gave up, as it should
        }
    }
}
