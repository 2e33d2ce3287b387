package dev.musicbot.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known loudness of tracks: kept per track, bounded, only plausible values, saved and read back. */
class TrackLoudnessTest {
    @TempDir
    Path dir;

    private static AudioTrack track(String uri) {
        return Pcm.track(uri);
    }

    @Test
    void aTrackIsKnownByItsAddressOnceItsLoudnessIsRemembered() {
        TrackLoudness loudness = TrackLoudness.inMemory(-16);
        AudioTrack song = track("https://music.example/a.opus");
        assertThat(loudness.targetLufs()).isEqualTo(-16);
        assertThat(loudness.knows(song)).isFalse();
        loudness.remember(song, -9.5);
        assertThat(loudness.of(song)).isEqualTo(OptionalDouble.of(-9.5));
        assertThat(loudness.of(track("https://music.example/a.opus")))
                .as("another load of the same song")
                .hasValue(-9.5);
        assertThat(loudness.knows(track("https://music.example/b.opus"))).isFalse();
        assertThat(loudness.of(null)).isEmpty();
    }

    @Test
    void implausibleLoudnessIsNotRemembered() {
        TrackLoudness loudness = TrackLoudness.inMemory(-14);
        AudioTrack song = track("https://music.example/a.opus");
        for (double lufs : new double[] {Double.NEGATIVE_INFINITY, Double.NaN, -90, 3}) {
            loudness.remember(song, lufs);
        }
        assertThat(loudness.knows(song)).isFalse();
    }

    @Test
    void theCacheIsBounded() {
        TrackLoudness loudness = TrackLoudness.inMemory(-14);
        for (int i = 0; i < TrackLoudness.MAX_TRACKS + 500; i++) {
            loudness.remember(track("https://music.example/" + i), -12);
        }
        assertThat(loudness.size()).isEqualTo(TrackLoudness.MAX_TRACKS);
    }

    @Test
    void whatIsRememberedIsSavedAtomicallyAndReadBackAfterARestart() throws Exception {
        Path file = dir.resolve("loudness.json");
        try (TrackLoudness first = TrackLoudness.persistent(-14, file)) {
            first.remember(track("https://music.example/a.opus"), -8.25);
            first.remember(track("https://music.example/b.mp3"), -20);
        }
        assertThat(Files.list(dir)).as("no temporary file left").containsExactly(file);
        try (TrackLoudness second = TrackLoudness.persistent(-14, file)) {
            assertThat(second.of(track("https://music.example/a.opus"))).hasValue(-8.25);
            assertThat(second.of(track("https://music.example/b.mp3"))).hasValue(-20);
        }
    }

    @Test
    void anUnreadableOrTamperedFileIsIgnored() throws Exception {
        Path file = dir.resolve("loudness.json");
        Files.writeString(file, "{not json", StandardCharsets.UTF_8);
        try (TrackLoudness broken = TrackLoudness.persistent(-14, file)) {
            assertThat(broken.knows(track("https://music.example/a.opus"))).isFalse();
        }
        Files.writeString(file, "{\"https://music.example/a.opus\": 40, \"https://music.example/b.opus\": -11}");
        try (TrackLoudness tampered = TrackLoudness.persistent(-14, file)) {
            assertThat(tampered.knows(track("https://music.example/a.opus"))).isFalse();
            assertThat(tampered.of(track("https://music.example/b.opus"))).hasValue(-11);
        }
    }
}
