package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.api.GuildId;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint on a real JDK HTTP server (port 0), asked by the JDK's HTTP client. */
class HealthServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final FixedCheck gateway = new FixedCheck("gateway", HealthCheck.Status.up("connected"));
    private final FixedCheck workers = new FixedCheck("workers", HealthCheck.Status.up("3 of 3 alive"));
    private Metrics metrics;
    private HealthServer server;

    @BeforeEach
    void start() throws IOException {
        HealthChecks checks = new HealthChecks();
        checks.add(gateway);
        checks.add(workers);
        metrics = new Metrics();
        server = HealthServer.start("127.0.0.1", 0, checks, metrics);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
        metrics.close();
    }

    @Test
    void allUpIsLiveAndReadyWithEachCheckListed() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(JSON.readTree(live.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));

        for (String path : new String[] {"/health/ready", "/health"}) {
            HttpResponse<String> ready = get(path);
            assertThat(ready.statusCode()).as(path).isEqualTo(200);
            JsonNode body = JSON.readTree(ready.body());
            assertThat(body.path("status").asText()).isEqualTo("UP");
            assertThat(body.path("checks").path("gateway").path("status").asText())
                    .isEqualTo("UP");
            assertThat(body.path("checks").path("gateway").path("detail").asText())
                    .isEqualTo("connected");
            assertThat(body.path("checks").path("workers").path("detail").asText())
                    .isEqualTo("3 of 3 alive");
        }
    }

    @Test
    void aCheckDownMakesTheBotUnreadyButStillLive() throws Exception {
        gateway.set(HealthCheck.Status.down("attempting to reconnect"));

        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(ready.body());
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("checks").path("gateway").path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("checks").path("gateway").path("detail").asText()).isEqualTo("attempting to reconnect");
        assertThat(body.path("checks").path("workers").path("status").asText()).isEqualTo("UP");
        assertThat(get("/health").statusCode()).isEqualTo(503);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);

        gateway.set(HealthCheck.Status.up("connected"));
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void aFatalCheckMakesTheBotNotLive() throws Exception {
        gateway.set(HealthCheck.Status.fatal("shutdown"));

        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(live.body())
                        .path("checks")
                        .path("gateway")
                        .path("status")
                        .asText())
                .isEqualTo("FATAL");
    }

    @Test
    void aCheckThatThrowsCountsAsDown() throws Exception {
        HealthChecks checks = new HealthChecks();
        checks.add(new HealthCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Status check() {
                throw new IllegalStateException("no workers");
            }
        });
        HealthReport report = checks.report();
        assertThat(report.ready()).isFalse();
        assertThat(report.live()).isTrue();
        assertThat(report.checks().get("broken").detail()).contains("no workers");
    }

    @Test
    void twoChecksMayNotShareAName() {
        HealthChecks checks = new HealthChecks();
        checks.add(gateway);
        assertThatThrownBy(() -> checks.add(new FixedCheck("gateway", HealthCheck.Status.up(""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway");
    }

    @Test
    void metricsAreInThePrometheusTextFormat() throws Exception {
        PlayerSendHandler.FrameCounter frames = metrics.frames(new GuildId(123456789012345678L));
        frames.sent();
        frames.sent();
        frames.missed();
        frames.tick(20_000_000L); // on time
        frames.tick(45_000_000L); // 25 ms late
        frames.stalled();

        HttpResponse<String> scrape = get("/metrics");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        assertThat(scrape.body())
                .contains("musicbot_frames_sent_total{guild=\"123456789012345678\"} 2.0")
                .contains("musicbot_frames_missed_total{guild=\"123456789012345678\"} 1.0")
                .contains("musicbot_audio_send_lateness_seconds_count 2")
                .contains("musicbot_audio_send_lateness_seconds_max 0.025")
                .contains("musicbot_audio_send_lateness_seconds_bucket{le=\"0.02\"} 1")
                .contains("musicbot_audio_stalls_total 1.0")
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads")
                .contains("jvm_gc_memory_allocated_bytes_total");
    }

    @Test
    void aStallIsLoggedOnceWhenItBeginsAndOnceWhenItEndsWithTheGuild() throws Exception {
        try (LogCapture logs = new LogCapture(Metrics.class)) {
            PlayerSendHandler.FrameCounter frames = metrics.frames(new GuildId(223456789012345678L));
            frames.stalled();
            frames.recovered(40);

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (logs.events().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(logs.messages(Level.WARN))
                    .containsExactly("Audio stalled in guild 223456789012345678: no frame for 100 ms or more");
            assertThat(logs.messages(Level.INFO))
                    .containsExactly("Audio resumed in guild 223456789012345678 after 40 missed frames (800 ms)");
        }
    }

    @Test
    void onlyTheEndpointsAndOnlyGetAndHeadAreAnswered() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/health/other").statusCode()).isEqualTo(404);
        assertThat(get("/metricsx").statusCode()).isEqualTo(404);

        HttpResponse<String> post = client.send(
                request("/health").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");

        HttpResponse<String> head =
                client.send(request("/health/ready").HEAD().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anAddressInUseIsReported() {
        assertThatThrownBy(() -> HealthServer.start("127.0.0.1", server.port(), new HealthChecks(), metrics))
                .isInstanceOf(IOException.class);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }
}
