package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A running bot's health endpoint, asked over loopback HTTP. */
final class Endpoint {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Duration wait;

    /**
     * @param port the port the endpoint bound
     * @param wait how long {@link #awaitStatus} waits
     */
    Endpoint(int port, Duration wait) {
        this.port = port;
        this.wait = wait;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON body, after checking the status code. */
    JsonNode json(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** One scrape of {@code /metrics}. */
    String metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Asks every 50 ms until the status code is {@code status}; returns that JSON body. */
    JsonNode awaitStatus(String path, int status) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        HttpResponse<String> response = get(path);
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
