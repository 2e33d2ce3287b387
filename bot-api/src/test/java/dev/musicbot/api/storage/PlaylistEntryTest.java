package dev.musicbot.api.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaylistEntryTest {
    private static final TrackInfo INFO = TrackInfo.of("Song", Duration.ofSeconds(3));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.example/song.mp3",
                "http://radio.example:8000/stream",
                "youtube:https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "soundcloud:https://soundcloud.com/artist/song"
            })
    void linksAndSourcePrefixedLinksPlayDirectly(String query) {
        assertThat(new PlaylistEntry(query, INFO).directTrack())
                .map(Track::ref)
                .contains(new PlaybackRef.Engine(query));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "never gonna give you up",
                "ytsearch:never gonna give you up",
                "spotify-mirror:4uLU6hMCjMI75M1A2tKUQC",
                "YouTube:https://www.youtube.com/watch?v=x",
                "youtube: https://www.youtube.com/watch?v=x"
            })
    void everythingElseIsResolvedAgain(String query) {
        assertThat(new PlaylistEntry(query, INFO).directTrack()).isEmpty();
    }
}
