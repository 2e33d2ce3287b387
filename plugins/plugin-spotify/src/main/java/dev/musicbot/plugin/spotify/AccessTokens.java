package dev.musicbot.plugin.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Client-credentials access tokens from Spotify's accounts service, cached until shortly before they
 * expire. Tokens and the client secret never appear in logs or exception messages.
 */
final class AccessTokens {
    /** How long before its expiry a token is replaced. */
    static final Duration EARLY_REFRESH = Duration.ofSeconds(60);

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private final SpotifyHttp http;
    private final URI tokenUri;
    private final String authorization;
    private final Clock clock;
    private @Nullable Token current;

    AccessTokens(SpotifyHttp http, String authBase, SpotifyConfig.Credentials credentials, Clock clock) {
        this.http = http;
        this.tokenUri = URI.create(authBase + "/api/token");
        String pair = credentials.clientId() + ":" + credentials.clientSecret();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /**
     * A valid token, fetched if none is cached or the cached one is about to expire.
     *
     * @return the access token
     */
    synchronized String get() {
        Token token = current;
        if (token == null || !clock.instant().isBefore(token.refreshAt())) {
            token = fetch();
            current = token;
        }
        return token.value();
    }

    /**
     * Replaces a token the Web API rejected (401), unless another caller already did.
     *
     * @param rejected the token that was rejected
     * @return a fresh token
     */
    synchronized String renew(String rejected) {
        if (current != null && current.value().equals(rejected)) {
            current = null;
        }
        return get();
    }

    private Token fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = http.send(request);
        int status = response.statusCode();
        if (status >= 500) {
            throw new SpotifyUnavailableException("Spotify's token service answered " + status);
        }
        if (status != 200) {
            throw refused(status);
        }
        return parse(Json.read(response.body()));
    }

    private Token parse(JsonNode body) {
        String value = Json.text(body, "access_token");
        if (value == null) {
            throw new SpotifyUnavailableException("Spotify's token service sent no access_token");
        }
        long lifetime = body.path("expires_in").asLong(DEFAULT_LIFETIME_SECONDS);
        Duration early = EARLY_REFRESH.compareTo(Duration.ofSeconds(lifetime / 2)) < 0
                ? EARLY_REFRESH
                : Duration.ofSeconds(lifetime / 2);
        return new Token(value, clock.instant().plusSeconds(lifetime).minus(early));
    }

    private static UserFacingException refused(int status) {
        return Messages.refusal("credentials.refused", Severity.SUSPICIOUS, status);
    }

    /** A token and when to replace it; {@link #toString()} hides the value. */
    private record Token(String value, Instant refreshAt) {
        @Override
        public String toString() {
            return "Token[refreshAt=" + refreshAt + "]";
        }
    }
}
