package dev.musicbot.plugin.youtube;

import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.testkit.SourceResolverContract;
import dev.musicbot.ytdlp.testing.CannedYtDlp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class YouTubeResolverContractTest extends SourceResolverContract {
    @TempDir
    static Path dir;

    private static CannedYtDlp canned;

    @BeforeAll
    static void fake() {
        canned = YouTubeResolverTest.canned(dir);
    }

    @Override
    protected SourceResolver resolver() {
        return new YouTubeResolver(canned.ytDlp("plugins.youtube", "YouTube"), 5);
    }

    @Override
    protected List<TrackQuery> ownQueries() {
        return List.of(
                new TrackQuery("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                new TrackQuery("https://youtu.be/dQw4w9WgXcQ?t=10"),
                new TrackQuery("https://www.youtube.com/playlist?list=PLx"),
                new TrackQuery("https://www.youtube.com/@channel"),
                new TrackQuery("ytsearch:lofi beats"),
                new TrackQuery("lofi beats"));
    }

    @Override
    protected List<TrackQuery> foreignQueries() {
        return List.of(
                new TrackQuery("https://soundcloud.com/artist/track"),
                new TrackQuery("https://example.com/a.mp3"),
                new TrackQuery("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ"),
                new TrackQuery("scsearch:lofi beats"),
                new TrackQuery("spotify:album:1DFixLWuPkv3KT3TnV35m3"));
    }
}
