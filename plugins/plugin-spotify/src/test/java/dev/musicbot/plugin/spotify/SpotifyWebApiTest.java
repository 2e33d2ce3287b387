package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpotifyWebApiTest {
    private static final String TRACK_PATH = "/v1/tracks/0VjIjW4GlUZAMYd2vXMi3b";
    private static final String OK = "{\"id\":\"0VjIjW4GlUZAMYd2vXMi3b\",\"name\":\"Blinding Lights\"}";

    private final LoopbackSpotify spotify = LoopbackSpotify.start(SpotifyWebApiTest.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final SpotifyWebApi api = api(spotify.settings(500));

    @AfterEach
    void stop() {
        spotify.close();
    }

    private SpotifyWebApi api(SpotifyConfig.Settings settings) {
        SpotifyHttp http = new SpotifyHttp(HttpClient.newHttpClient());
        AccessTokens tokens = new AccessTokens(
                http, settings.authBase(), settings.credentials().orElseThrow(), clock);
        return new SpotifyWebApi(http, tokens, settings.apiBase());
    }

    @Test
    void tokenRequestUsesBasicAuthAndTheClientCredentialsForm() {
        spotify.on(TRACK_PATH, LoopbackSpotify.Reply.json(200, OK));

        JsonNode track = api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b");

        assertThat(track.path("name").asText()).isEqualTo("Blinding Lights");
        LoopbackSpotify.Recorded token = spotify.requests("/api/token").getFirst();
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("id:secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(token.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(token.body()).isEqualTo("grant_type=client_credentials");
        assertThat(spotify.requests(TRACK_PATH).getFirst().header("Authorization"))
                .isEqualTo("Bearer token-1");
    }

    @Test
    void tokenIsReusedUntilShortlyBeforeItExpires() {
        spotify.token("token-1", "token-2");
        spotify.on(TRACK_PATH, LoopbackSpotify.Reply.json(200, OK));

        api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b");
        clock.advance(Duration.ofSeconds(3600).minus(AccessTokens.EARLY_REFRESH).minusSeconds(1));
        api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b");
        clock.advance(Duration.ofSeconds(1));
        api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b");

        assertThat(spotify.requests("/api/token")).hasSize(2);
        assertThat(spotify.requests(TRACK_PATH))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void unauthorisedOnceRenewsTheTokenAndRetries() {
        spotify.token("token-1", "token-2");
        spotify.on(
                TRACK_PATH,
                LoopbackSpotify.error(401, "The access token expired"),
                LoopbackSpotify.Reply.json(200, OK));

        JsonNode track = api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b");

        assertThat(track.path("name").asText()).isEqualTo("Blinding Lights");
        assertThat(spotify.requests("/api/token")).hasSize(2);
        assertThat(spotify.requests(TRACK_PATH))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void rateLimitWaitsForRetryAfterAndRetriesOnce() {
        spotify.on(
                TRACK_PATH,
                LoopbackSpotify.error(429, "API rate limit exceeded").withHeader("Retry-After", "1"),
                LoopbackSpotify.Reply.json(200, OK));

        JsonNode track = api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b");

        assertThat(track.path("name").asText()).isEqualTo("Blinding Lights");
        var calls = spotify.requests(TRACK_PATH);
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void longRetryAfterFailsAtOnceWithTheWait() {
        spotify.on(
                TRACK_PATH,
                LoopbackSpotify.error(429, "API rate limit exceeded").withHeader("Retry-After", "30"));

        assertThatThrownBy(() -> api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Spotify is rate-limiting me right now. Please try again in 30 s.");
        assertThat(spotify.requests(TRACK_PATH)).hasSize(1);
    }

    @Test
    void secondRateLimitInARowFails() {
        spotify.on(
                TRACK_PATH,
                LoopbackSpotify.error(429, "API rate limit exceeded").withHeader("Retry-After", "0"));

        assertThatThrownBy(() -> api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Spotify is rate-limiting me");
        assertThat(spotify.requests(TRACK_PATH)).hasSize(2);
    }

    @Test
    void rejectedCredentialsFailClearlyWithoutShowingTheSecret() {
        spotify.on(
                "/api/token",
                LoopbackSpotify.Reply.json(
                        400, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client secret\"}"));
        SpotifyWebApi withSecret = api(
                new SpotifyConfig("id", "s3cr3t-value", spotify.apiBase(), spotify.authBase(), null, null).settings());

        assertThatThrownBy(() -> withSecret.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.severity()).isEqualTo(Severity.SUSPICIOUS);
                    assertThat(e.getMessage())
                            .contains("SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET")
                            .doesNotContain("s3cr3t-value");
                });
        assertThat(spotify.requests(TRACK_PATH)).isEmpty();
    }

    @Test
    void serverErrorIsAFaultNotAUserError() {
        spotify.on(TRACK_PATH, LoopbackSpotify.error(502, "Bad gateway"));

        assertThatThrownBy(() -> api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b"))
                .isInstanceOf(SpotifyUnavailableException.class)
                .hasMessageNotContaining("token-1");
    }

    @Test
    void clientErrorsCarryTheirStatus() {
        spotify.on(TRACK_PATH, LoopbackSpotify.error(403, "Forbidden"));

        assertThatThrownBy(() -> api.get("/tracks/0VjIjW4GlUZAMYd2vXMi3b"))
                .isInstanceOfSatisfying(SpotifyStatusException.class, e -> assertThat(e.isForbidden())
                        .isTrue());
    }

    @Test
    void neverSendsTheTokenOutsideTheApiBase() {
        assertThatThrownBy(() -> api.get("https://evil.example/v1/tracks/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(spotify.requests()).isEmpty();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
