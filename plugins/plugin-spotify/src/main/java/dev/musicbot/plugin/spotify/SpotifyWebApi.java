package dev.musicbot.plugin.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Authorised GET requests to the Spotify Web API. A 401 renews the token and retries once; 5xx becomes a
 * {@link SpotifyUnavailableException}; other non-200 answers become a {@link SpotifyStatusException}.
 */
final class SpotifyWebApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int UNAUTHORIZED = 401;

    private final SpotifyHttp http;
    private final AccessTokens tokens;
    private final String apiBase;

    SpotifyWebApi(SpotifyHttp http, AccessTokens tokens, String apiBase) {
        this.http = http;
        this.tokens = tokens;
        this.apiBase = apiBase;
    }

    /**
     * Fetches a resource.
     *
     * @param pathOrUrl a path below the API base (starting with {@code /}), or an absolute URL on it (a
     *     paging object's {@code next})
     * @return the JSON body
     */
    JsonNode get(String pathOrUrl) {
        URI uri = URI.create(pathOrUrl.startsWith("/") ? apiBase + pathOrUrl : pathOrUrl);
        if (!isOnApi(uri.toString())) {
            throw new IllegalArgumentException("not a Web API address: " + uri.getHost());
        }
        String token = tokens.get();
        HttpResponse<String> response = http.send(request(uri, token));
        if (response.statusCode() == UNAUTHORIZED) {
            response = http.send(request(uri, tokens.renew(token)));
        }
        int status = response.statusCode();
        if (status == 200) {
            return Json.read(response.body());
        }
        if (status >= 500) {
            throw new SpotifyUnavailableException("Spotify answered " + status + " for " + uri.getPath());
        }
        throw new SpotifyStatusException(status, uri.getPath());
    }

    /**
     * Whether a URL lies on the configured API base, so the token may be sent to it.
     *
     * @param url an absolute URL
     * @return true if it starts with the API base
     */
    boolean isOnApi(String url) {
        return url.startsWith(apiBase + "/");
    }

    private static HttpRequest request(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
    }
}
