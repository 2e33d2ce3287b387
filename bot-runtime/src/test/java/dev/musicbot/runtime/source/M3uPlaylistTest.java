package dev.musicbot.runtime.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class M3uPlaylistTest {
    private static final URI BASE = URI.create("https://music.example/lists/mix.m3u");

    @Test
    void readsTitlesLengthsAndRelativeLinksInOrder() {
        String text = """
                #EXTM3U
                #EXTINF:185,Artist One - First Song
                first.mp3
                #EXTINF:-1,Live Radio
                https://radio.example/stream
                # a comment
                ../other/third%20song.ogg
                """;

        List<Track> tracks = M3uPlaylist.parse(BASE, text).orElseThrow();

        assertThat(tracks)
                .extracting(t -> t.info().title())
                .containsExactly("Artist One - First Song", "Live Radio", "third song.ogg");
        assertThat(tracks)
                .extracting(t -> t.info().length())
                .containsExactly(Duration.ofSeconds(185), Duration.ZERO, Duration.ZERO);
        assertThat(tracks)
                .extracting(Track::ref)
                .containsExactly(
                        new PlaybackRef.Engine("https://music.example/lists/first.mp3"),
                        new PlaybackRef.Engine("https://radio.example/stream"),
                        new PlaybackRef.Engine("https://music.example/other/third%20song.ogg"));
    }

    @Test
    void anHlsStreamPlaylistIsNotAList() {
        String hls = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10.0,\nseg0.ts\n";

        assertThat(M3uPlaylist.parse(BASE, hls)).isEmpty();
    }

    @Test
    void localFilesAndOtherSchemesAreNeverFollowed() {
        String text = "file:///etc/passwd\n/etc/hosts\nftp://files.example/a.mp3\nsmb://nas/share/b.mp3\n";

        assertThat(M3uPlaylist.parse(URI.create("https://music.example/x.m3u"), text)
                        .orElseThrow())
                .extracting(t -> t.info().uri())
                .containsExactly("https://music.example/etc/hosts");
    }

    @Test
    void onlyM3uPathsAreLookedAt() {
        assertThat(M3uPlaylist.looksLikeOne(URI.create("https://a.example/list.M3U?x=1")))
                .isTrue();
        assertThat(M3uPlaylist.looksLikeOne(URI.create("https://a.example/live.m3u8")))
                .isTrue();
        assertThat(M3uPlaylist.looksLikeOne(URI.create("https://a.example/song.mp3")))
                .isFalse();
    }
}
