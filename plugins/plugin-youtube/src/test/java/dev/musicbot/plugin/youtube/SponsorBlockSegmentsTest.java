package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SkipSegment;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SponsorBlockSegmentsTest {
    private static final String VIDEO = "dQw4w9WgXcQ";
    private static final Set<SegmentCategory> SPONSORS = EnumSet.of(SegmentCategory.SPONSOR, SegmentCategory.SELFPROMO);

    private final AudioHttpServer server = AudioHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Track youTube(String id) {
        return new Track(
                TrackInfo.of("A video", Duration.ofMinutes(3)),
                new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=" + id),
                "youtube");
    }

    private SponsorBlockSegments provider(Duration timeout) {
        String base = server.url("").toString();
        return new SponsorBlockSegments(HttpClient.newHttpClient(), URI.create(base), timeout);
    }

    @Test
    void theRequestNamesOnlyFourHexDigitsOfTheVideosHash() {
        assertThat(SponsorBlockSegments.hashPrefix(VIDEO)).isEqualTo("5f6b");

        URI uri = provider(Duration.ofSeconds(1)).request(VIDEO, SPONSORS).uri();
        assertThat(uri.getPath()).isEqualTo("/api/skipSegments/5f6b");
        assertThat(URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8))
                .isEqualTo("categories=[\"sponsor\",\"selfpromo\"]&actionTypes=[\"skip\"]");
        assertThat(uri.toString()).doesNotContain(VIDEO);
    }

    @Test
    void onlyTracksOfTheYouTubePluginAreLookedUp() {
        SponsorBlockSegments provider = provider(Duration.ofSeconds(1));
        assertThat(provider.accepts(youTube(VIDEO))).isTrue();
        assertThat(provider.accepts(new Track(
                        TrackInfo.of("Mirrored", Duration.ofMinutes(3)),
                        new PlaybackRef.Deferred(List.of("ytsearch:x")),
                        "spotify")))
                .isFalse();
        assertThat(provider.accepts(new Track(
                        TrackInfo.of("A file", Duration.ofMinutes(3)),
                        new PlaybackRef.Engine("https://www.youtube.com/watch?v=" + VIDEO),
                        "http")))
                .isFalse();
        assertThat(provider.accepts(new Track(
                        TrackInfo.of("Elsewhere", Duration.ofMinutes(3)),
                        new PlaybackRef.Engine("https://example.com/a.mp3"),
                        "youtube")))
                .isFalse();
    }

    @Test
    void theAnswerIsSearchedForTheVideoLocally() {
        server.serve("/api/skipSegments/5f6b", """
                [{"videoID":"another1234","segments":[{"category":"sponsor","actionType":"skip","segment":[1,2]}]},
                 {"videoID":"dQw4w9WgXcQ","hash":"5f6b...","segments":[
                   {"category":"sponsor","actionType":"skip","segment":[12.5,30.1],"UUID":"a","videoDuration":212.0},
                   {"category":"intro","actionType":"skip","segment":[0,5]},
                   {"category":"selfpromo","actionType":"mute","segment":[40,50]},
                   {"category":"selfpromo","actionType":"skip","segment":[60]},
                   {"category":"selfpromo","actionType":"skip","segment":[70,65]},
                   {"category":"selfpromo","actionType":"skip","segment":[200,212]}]}]""".getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(provider(Duration.ofSeconds(2)).segments(youTube(VIDEO), SPONSORS))
                .containsExactly(
                        new SkipSegment(Duration.ofMillis(12_500), Duration.ofMillis(30_100), SegmentCategory.SPONSOR),
                        new SkipSegment(Duration.ofSeconds(200), Duration.ofSeconds(212), SegmentCategory.SELFPROMO));
    }

    @Test
    void noSegmentsAndFailuresBothMeanNothingToSkip() {
        SponsorBlockSegments provider = provider(Duration.ofMillis(500));
        assertThat(provider.segments(youTube(VIDEO), SPONSORS))
                .as("404: no video with that prefix")
                .isEmpty();

        server.status("/api/skipSegments/5f6b", 502);
        assertThat(provider.segments(youTube(VIDEO), SPONSORS)).isEmpty();

        server.serve("/api/skipSegments/5f6b", "{\"not\":\"an array\"}".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(provider.segments(youTube(VIDEO), SPONSORS)).isEmpty();

        server.serve("/api/skipSegments/5f6b", "[{".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(provider.segments(youTube(VIDEO), SPONSORS)).isEmpty();

        server.slow("/api/skipSegments/5f6b", Duration.ofSeconds(5));
        long started = System.nanoTime();
        assertThat(provider.segments(youTube(VIDEO), SPONSORS)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
}
