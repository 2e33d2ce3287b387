package dev.musicbot.plugin.lyrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * LRCLIB's public API ({@code /api/get}, {@code /api/get/<id>}, {@code /api/search}) over the JDK's HTTP client.
 * Every request is bounded as a whole (connecting, waiting and reading the body), so a service that never answers
 * costs at most the configured timeout.
 */
final class LrclibClient implements LyricsSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final String userAgent;

    LrclibClient(URI base, Duration timeout, String userAgent) {
        this.base = base;
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Optional<Lyrics> get(SongQuery song, Duration length) throws LyricsUnavailableException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("track_name", song.title());
        query.put("artist_name", song.artist());
        if (!length.isZero()) {
            query.put("duration", Long.toString(length.toSeconds()));
        }
        return fetch("/api/get", query).map(LrclibClient::lyrics);
    }

    @Override
    public List<Lyrics> search(SongQuery song) throws LyricsUnavailableException {
        Map<String, String> query = new LinkedHashMap<>();
        if (song.artist().isBlank()) {
            query.put("q", song.title());
        } else {
            query.put("track_name", song.title());
            query.put("artist_name", song.artist());
        }
        List<Lyrics> found = new ArrayList<>();
        fetch("/api/search", query).ifPresent(array -> array.forEach(node -> found.add(lyrics(node))));
        return found;
    }

    @Override
    public Optional<Lyrics> byId(long id) throws LyricsUnavailableException {
        return fetch("/api/get/" + id, Map.of()).map(LrclibClient::lyrics);
    }

    /** The answer's JSON; empty on 404; anything else but 200 is the service failing. */
    private Optional<JsonNode> fetch(String path, Map<String, String> query) throws LyricsUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(uri(path, query))
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        return switch (response.statusCode()) {
            case 200 -> Optional.of(parse(response.body()));
            case 404 -> Optional.empty();
            default -> throw new LyricsUnavailableException("LRCLIB answered HTTP " + response.statusCode());
        };
    }

    private HttpResponse<String> send(HttpRequest request) throws LyricsUnavailableException {
        CompletableFuture<HttpResponse<String>> call =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new LyricsUnavailableException("LRCLIB did not answer in " + timeout.toSeconds() + " s", true, e);
        } catch (ExecutionException e) {
            boolean timedOut = e.getCause() instanceof java.net.http.HttpTimeoutException;
            throw new LyricsUnavailableException("LRCLIB could not be reached: " + e.getCause(), timedOut, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LyricsUnavailableException("interrupted", false, e);
        }
    }

    private static JsonNode parse(String body) throws LyricsUnavailableException {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new LyricsUnavailableException("LRCLIB answered something that is not JSON", false, e);
        }
    }

    private URI uri(String path, Map<String, String> query) {
        String root = base.toString().replaceAll("/+$", "");
        String params = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(root + path + (params.isEmpty() ? "" : "?" + params));
    }

    /** One LRCLIB record: {@code id, trackName, artistName, albumName, duration, instrumental, plainLyrics, syncedLyrics}. */
    static Lyrics lyrics(JsonNode node) {
        String synced = node.path("syncedLyrics").asText("");
        return new Lyrics(
                node.path("id").asLong(),
                node.path("trackName").asText(""),
                node.path("artistName").asText(""),
                Duration.ofMillis(Math.round(node.path("duration").asDouble(0) * 1000)),
                node.path("instrumental").asBoolean(false),
                node.path("plainLyrics").asText(""),
                synced.isBlank() ? List.of() : Lrc.parse(synced));
    }
}
