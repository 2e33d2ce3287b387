package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioHttpServerTest {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static AudioHttpServer server;
    private static byte[] content;
    private static URI file;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        content = new byte[10_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        Path mp3 = Files.write(dir.resolve("song.mp3"), content);
        server = AudioHttpServer.start();
        file = server.serve("/song.mp3", mp3);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(URI uri, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (range != null) {
            request.header("Range", range);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheWholeFileWithTypeLengthAndRangeSupport() throws Exception {
        HttpResponse<byte[]> response = get(file, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("audio/mpeg");
        assertThat(response.headers().firstValue("Content-Length")).contains("10000");
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.body()).isEqualTo(content);
    }

    @Test
    void servesRanges() throws Exception {
        HttpResponse<byte[]> middle = get(file, "bytes=100-199");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 100-199/10000");
        assertThat(middle.headers().firstValue("Content-Length")).contains("100");
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(content, 100, 200));

        HttpResponse<byte[]> tail = get(file, "bytes=9990-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, 9990, 10_000));

        HttpResponse<byte[]> suffix = get(file, "bytes=-10");
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(content, 9990, 10_000));

        HttpResponse<byte[]> beyond = get(file, "bytes=20000-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */10000");
    }

    @Test
    void answersHeadWithLengthOnly() throws Exception {
        HttpResponse<Void> head = CLIENT.send(
                HttpRequest.newBuilder(file)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).contains("10000");
    }

    @Test
    void statusRedirectAndUnknownRoutes() throws Exception {
        assertThat(get(server.status("/forbidden", 403), null).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> redirect = get(server.redirect("/old", "/song.mp3", 302), null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).contains("/song.mp3");
        assertThat(get(server.url("/nothing"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void recordsRequests() throws Exception {
        get(server.serve("/bytes.ogg", new byte[] {1, 2, 3}, "audio/ogg"), "bytes=1-1");
        assertThat(server.requests("/bytes.ogg")).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.range()).isEqualTo("bytes=1-1");
            assertThat(r.status()).isEqualTo(206);
        });
    }
}
