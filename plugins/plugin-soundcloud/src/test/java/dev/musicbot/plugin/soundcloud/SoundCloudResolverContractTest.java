package dev.musicbot.plugin.soundcloud;

import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.testkit.SourceResolverContract;
import dev.musicbot.ytdlp.testing.CannedYtDlp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class SoundCloudResolverContractTest extends SourceResolverContract {
    @TempDir
    static Path dir;

    private static CannedYtDlp canned;

    @BeforeAll
    static void fake() {
        canned = SoundCloudResolverTest.canned(dir);
    }

    @Override
    protected SourceResolver resolver() {
        return new SoundCloudResolver(canned.ytDlp("plugins.soundcloud", "SoundCloud"), 5);
    }

    @Override
    protected List<TrackQuery> ownQueries() {
        return List.of(
                new TrackQuery("https://soundcloud.com/some-artist/night-drive"),
                new TrackQuery("https://soundcloud.com/some-artist/sets/late-night"),
                new TrackQuery("https://on.soundcloud.com/AbC123"),
                new TrackQuery("https://soundcloud.com/discover"),
                new TrackQuery("scsearch:night drive"));
    }

    @Override
    protected List<TrackQuery> foreignQueries() {
        return List.of(
                new TrackQuery("night drive"),
                new TrackQuery("ytsearch:night drive"),
                new TrackQuery("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                new TrackQuery("https://example.com/a.mp3"),
                new TrackQuery("spotify:track:4uLU6hMCjMI75M1A2tKUQC"));
    }
}
