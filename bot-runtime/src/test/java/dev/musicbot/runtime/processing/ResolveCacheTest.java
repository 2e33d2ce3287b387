package dev.musicbot.runtime.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.Track;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The resolve cache is bounded by the tracks it holds, not by its number of entries. */
class ResolveCacheTest {
    private final ResolveCache cache = new ResolveCache(Duration.ofMinutes(5), 10, new SimpleMeterRegistry());

    @Test
    void twoPlaylistsOfEightTracksDoNotBothFitInACacheOfTenTracks() {
        cache.offer(new TrackQuery("list-a"), playlist(8));
        cache.offer(new TrackQuery("list-b"), playlist(8));
        cache.trim();

        long kept = List.of("list-a", "list-b").stream()
                .filter(q -> cache.get(new TrackQuery(q)).isPresent())
                .count();
        assertThat(kept).isEqualTo(1);
    }

    @Test
    void singleTracksWeighOneEach() {
        for (int i = 0; i < 10; i++) {
            cache.offer(new TrackQuery("song-" + i), new ResolveResult.Single(ScriptedResolver.track("song-" + i)));
        }
        cache.trim();

        assertThat(IntStream.range(0, 10)
                        .filter(i -> cache.get(new TrackQuery("song-" + i)).isPresent()))
                .hasSize(10);
        assertThat(ResolveCache.weight(playlist(8))).isEqualTo(8);
    }

    private static ResolveResult.Playlist playlist(int size) {
        List<Track> tracks = IntStream.range(0, size)
                .mapToObj(i -> ScriptedResolver.track("track-" + i))
                .toList();
        return new ResolveResult.Playlist("list", tracks, -1);
    }
}
