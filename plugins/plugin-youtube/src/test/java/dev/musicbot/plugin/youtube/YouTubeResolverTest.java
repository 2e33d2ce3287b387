package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;

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

class YouTubeResolverTest {
    @TempDir
    Path dir;

    private CannedYtDlp canned;
    private YouTubeResolver resolver;

    /** Recorded answers: searches get hits, playlist pages a playlist, anything else a video. */
    static CannedYtDlp canned(Path dir) {
        LinkedHashMap<String, String> answers = new LinkedHashMap<>();
        answers.put("ytsearch*", CannedYtDlp.resource(YouTubeResolverTest.class, "YouTubeResolverTest/search.json"));
        answers.put(
                "*playlist\\?list=*",
                CannedYtDlp.resource(YouTubeResolverTest.class, "YouTubeResolverTest/playlist.json"));
        answers.put("*", CannedYtDlp.resource(YouTubeResolverTest.class, "YouTubeResolverTest/video.json"));
        return new CannedYtDlp(dir, answers);
    }

    @BeforeEach
    void setUp() {
        canned = canned(dir);
        resolver = new YouTubeResolver(canned.ytDlp("plugins.youtube", "YouTube"), 5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "youtu.be/dQw4w9WgXcQ",
                "https://www.youtube.com/@SomeChannel",
                "ytsearch:never gonna give you up",
                "YTSEARCH5:never gonna",
                "ytmsearch:daft punk",
                "never gonna give you up",
                "Artist: Song title",
                "AC/DC - Thunderstruck",
                "99 Luftballons",
                "what's up? (4 non blondes)",
            })
    void acceptsYouTubeLinksSearchesAndPlainText(String input) {
        assertThat(resolver.accepts(new TrackQuery(input))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/song.mp3",
                "http://127.0.0.1:8080/a.webm",
                "https://soundcloud.com/artist/track",
                "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                "scsearch:lofi",
                "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
                "local:/music/a.mp3",
                "ytsearchx:not a search prefix",
            })
    void declinesOtherSitesAndOtherSourcesPrefixes(String input) {
        assertThat(resolver.accepts(new TrackQuery(input))).isFalse();
    }

    @Test
    void aWatchUrlInAPlaylistPlaysTheVideoOnItsCanonicalPage() {
        ResolveResult result = resolver.resolve(
                new TrackQuery("https://music.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx&t=42&si=tracking"));

        Track track = ((ResolveResult.Single) result).track();
        String canonical = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
        assertThat(canned.targets()).containsExactly(canonical);
        assertThat(track.ref()).isEqualTo(new PlaybackRef.Engine("youtube:" + canonical));
        assertThat(track.info().uri()).isEqualTo(canonical);
        assertThat(track.sourceId()).isEqualTo("youtube");
        assertThat(track.info().title()).isEqualTo("Never Gonna Give You Up");
        assertThat(track.info().author()).isEqualTo("Rick Astley");
        assertThat(track.info().length()).isEqualTo(Duration.ofSeconds(213));
    }

    @Test
    void aPlaylistUrlQueuesItsEntriesInOrder() {
        ResolveResult result =
                resolver.resolve(new TrackQuery("https://www.youtube.com/playlist?list=PLx&si=tracking"));

        ResolveResult.Playlist playlist = (ResolveResult.Playlist) result;
        assertThat(canned.targets()).containsExactly("https://www.youtube.com/playlist?list=PLx");
        assertThat(playlist.name()).isEqualTo("Road Trip");
        assertThat(playlist.tracks())
                .extracting(t -> t.info().title(), Track::ref)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Despacito",
                                new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=kJQP7kiw5Fk")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Gangnam Style",
                                new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=9bZkp7q19f0")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Untitled track 3",
                                new PlaybackRef.Engine("youtube:https://www.youtube.com/watch?v=OPf0YbXqDm0")));
    }

    @Test
    void plainTextAndPrefixedSearchesAskForTheRightNumberOfHits() {
        ResolveResult plain = resolver.resolve(new TrackQuery("never gonna"));
        resolver.resolve(new TrackQuery("ytsearch:  never gonna "));
        resolver.resolve(new TrackQuery("ytsearch2:never gonna"));
        resolver.resolve(new TrackQuery("ytmsearch:never gonna"));

        assertThat(canned.targets())
                .containsExactly(
                        "ytsearch5:never gonna",
                        "ytsearch5:never gonna",
                        "ytsearch2:never gonna",
                        "ytsearch5:never gonna");
        assertThat(((ResolveResult.SearchHits) plain).tracks())
                .extracting(t -> t.info().title())
                .containsExactly("Never Gonna Give You Up", "Together Forever");
    }

    @Test
    void pagesThatAreNotVideosOrPlaylistsAndEmptySearchesAreNoMatch() {
        assertThat(resolver.resolve(new TrackQuery("https://www.youtube.com/@RickAstleyYT")))
                .isInstanceOf(ResolveResult.NoMatch.class);
        assertThat(resolver.resolve(new TrackQuery("ytsearch:   "))).isInstanceOf(ResolveResult.NoMatch.class);
        assertThat(canned.targets()).isEmpty();
    }
}
