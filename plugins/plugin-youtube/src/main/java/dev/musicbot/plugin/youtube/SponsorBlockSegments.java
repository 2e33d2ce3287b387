package dev.musicbot.plugin.youtube;

import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentProvider;
import dev.musicbot.api.playback.SkipSegment;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments of YouTube tracks from SponsorBlock, through its privacy-preserving endpoint: the request names only the
 * first {@value #PREFIX_LENGTH} hex digits of the SHA-256 of the video id, and the answer (every video whose hash
 * starts so) is searched locally, so the server never learns which video plays. Any failure (timeout, error status,
 * an answer that is not SponsorBlock's) means no segments: logged at info the first time in a row, then at debug.
 */
final class SponsorBlockSegments implements SegmentProvider {
    private static final Logger log = LoggerFactory.getLogger(SponsorBlockSegments.class);

    /** How many hex digits of the hash are sent; SponsorBlock's documented minimum is 4. */
    static final int PREFIX_LENGTH = 4;

    private static final int NOT_FOUND = 404;

    private final HttpClient client;
    private final URI base;
    private final Duration timeout;
    private final AtomicBoolean failing = new AtomicBoolean();

    SponsorBlockSegments(HttpClient client, URI base, Duration timeout) {
        this.client = client;
        this.base = base;
        this.timeout = timeout;
    }

    @Override
    public String id() {
        return "sponsorblock";
    }

    @Override
    public boolean accepts(Track track) {
        return videoId(track).isPresent();
    }

    @Override
    public List<SkipSegment> segments(Track track, Set<SegmentCategory> categories) {
        Optional<String> video = videoId(track);
        if (video.isEmpty() || categories.isEmpty()) {
            return List.of();
        }
        try {
            List<SkipSegment> segments = lookup(video.get(), categories);
            failing.set(false);
            return segments;
        } catch (IOException | IllegalArgumentException e) {
            if (failing.compareAndSet(false, true)) {
                log.info("SponsorBlock is not answering ({}); tracks play without skipping until it does", describe(e));
            } else {
                log.debug("SponsorBlock lookup failed: {}", describe(e));
            }
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private List<SkipSegment> lookup(String videoId, Set<SegmentCategory> categories)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(videoId, categories), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == NOT_FOUND) {
            return List.of(); // no video with this prefix has segments
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return SponsorBlockJson.segments(response.body(), videoId, categories);
    }

    HttpRequest request(String videoId, Set<SegmentCategory> categories) {
        String wanted = categories.stream()
                .sorted()
                .map(category -> "\"" + category.id() + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        URI uri = URI.create(base + "/api/skipSegments/" + hashPrefix(videoId)
                + "?categories=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8)
                + "&actionTypes=" + URLEncoder.encode("[\"skip\"]", StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    /** The first {@value #PREFIX_LENGTH} hex digits of the SHA-256 of the video id. */
    static String hashPrefix(String videoId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(videoId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, PREFIX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The video of a track this plugin resolved ({@code youtube:https://www.youtube.com/watch?v=<id>}). */
    static Optional<String> videoId(Track track) {
        if (!YouTubePlugin.ID.equals(track.sourceId())
                || !(track.ref() instanceof PlaybackRef.Engine(String identifier))
                || !identifier.startsWith(YouTubeResolver.PREFIX)) {
            return Optional.empty();
        }
        return YouTubeLinks.parse(identifier.substring(YouTubeResolver.PREFIX.length()))
                .filter(YouTubeLink.Video.class::isInstance)
                .map(link -> ((YouTubeLink.Video) link).id());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
