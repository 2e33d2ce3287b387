package dev.musicbot.plugin.soundcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.ytdlp.testing.CannedYtDlp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoundCloudResolverTest {
    @TempDir
    Path dir;

    private CannedYtDlp canned;
    private SoundCloudResolver resolver;

    /** Recorded answers: searches get hits, set pages a set, anything else a track. */
    static CannedYtDlp canned(Path dir) {
        LinkedHashMap<String, String> answers = new LinkedHashMap<>();
        answers.put(
                "scsearch*", CannedYtDlp.resource(SoundCloudResolverTest.class, "SoundCloudResolverTest/search.json"));
        answers.put("*/sets/*", CannedYtDlp.resource(SoundCloudResolverTest.class, "SoundCloudResolverTest/set.json"));
        answers.put("*", CannedYtDlp.resource(SoundCloudResolverTest.class, "SoundCloudResolverTest/track.json"));
        return new CannedYtDlp(dir, answers);
    }

    @BeforeEach
    void setUp() {
        canned = canned(dir);
        resolver = new SoundCloudResolver(canned.ytDlp("plugins.soundcloud", "SoundCloud"), 5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://soundcloud.com/some-artist/night-drive",
                "https://soundcloud.com/some-artist/sets/late-night",
                "https://on.soundcloud.com/AbC123",
                "https://soundcloud.com/some-artist",
                "scsearch:night drive",
                "SCSEARCH3:night drive",
            })
    void acceptsSoundCloudLinksAndSearches(String input) {
        assertThat(resolver.accepts(new TrackQuery(input))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "night drive",
                "ytsearch:night drive",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://soundcloud.com.evil.example/a/b",
                "https://example.com/a.mp3",
            })
    void declinesEverythingElse(String input) {
        assertThat(resolver.accepts(new TrackQuery(input))).isFalse();
    }

    @Test
    void aTrackPlaysOnItsCanonicalPage() {
        ResolveResult result = resolver.resolve(
                new TrackQuery("https://m.soundcloud.com/some-artist/night-drive?si=abc&utm_source=x"));

        Track track = ((ResolveResult.Single) result).track();
        String page = "https://soundcloud.com/some-artist/night-drive";
        assertThat(canned.targets()).containsExactly(page);
        assertThat(track.ref()).isEqualTo(new PlaybackRef.Engine("soundcloud:" + page));
        assertThat(track.sourceId()).isEqualTo("soundcloud");
        assertThat(track.info().title()).isEqualTo("Night Drive");
        assertThat(track.info().author()).isEqualTo("Some Artist");
        assertThat(track.info().length()).isEqualTo(Duration.ofMillis(215_400));
        assertThat(track.info().artworkUrl()).endsWith("t500x500.jpg");
    }

    @Test
    void aShortLinkPlaysOnThePageItLeadsTo() {
        ResolveResult result = resolver.resolve(new TrackQuery("https://on.soundcloud.com/AbC123"));

        assertThat(canned.targets()).containsExactly("https://on.soundcloud.com/AbC123");
        assertThat(((ResolveResult.Single) result).track().ref())
                .isEqualTo(new PlaybackRef.Engine("soundcloud:https://soundcloud.com/some-artist/night-drive"));
    }

    @Test
    void aSetQueuesItsTracksInOrder() {
        ResolveResult result = resolver.resolve(new TrackQuery("https://soundcloud.com/some-artist/sets/late-night"));

        ResolveResult.Playlist set = (ResolveResult.Playlist) result;
        assertThat(set.name()).isEqualTo("Late Night Set");
        assertThat(set.tracks())
                .extracting(t -> t.info().title(), Track::ref)
                .containsExactly(
                        tuple(
                                "First Light",
                                new PlaybackRef.Engine("soundcloud:https://soundcloud.com/some-artist/first-light")),
                        tuple(
                                "Untitled track 2",
                                new PlaybackRef.Engine(
                                        "soundcloud:https://api.soundcloud.com/tracks/987654?secret_token=s-AbC")));
    }

    @Test
    void searchesAskForTheConfiguredOrGivenNumberOfHits() {
        ResolveResult hits = resolver.resolve(new TrackQuery("scsearch: night drive "));
        resolver.resolve(new TrackQuery("scsearch2:night drive"));

        assertThat(canned.targets()).containsExactly("scsearch5:night drive", "scsearch2:night drive");
        assertThat(((ResolveResult.SearchHits) hits).tracks())
                .extracting(t -> t.info().title())
                .containsExactly("Night Drive", "Night Drive (Remix)");
        assertThat(resolver.resolve(new TrackQuery("https://soundcloud.com/some-artist")))
                .isInstanceOf(ResolveResult.NoMatch.class);
        assertThat(resolver.resolve(new TrackQuery("scsearch:  "))).isInstanceOf(ResolveResult.NoMatch.class);
    }
}
