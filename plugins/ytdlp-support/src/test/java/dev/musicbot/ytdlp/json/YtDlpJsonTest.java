package dev.musicbot.ytdlp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YtDlpJsonTest {

    private static YtDlpOutput fixture(String name) throws IOException {
        try (InputStream in = YtDlpJsonTest.class.getResourceAsStream("YtDlpJsonTest/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return YtDlpJson.parse(in.readAllBytes());
        }
    }

    @Test
    void readsTheSelectedFormatOfAYouTubeVideo() throws IOException {
        YtDlpEntry entry = (YtDlpEntry) fixture("youtube-video-bestaudio.json");

        assertThat(entry.id()).isEqualTo("dQw4w9WgXcQ");
        assertThat(entry.title()).isEqualTo("Rick Astley - Never Gonna Give You Up (Official Music Video)");
        assertThat(entry.channel()).isEqualTo("Rick Astley");
        assertThat(entry.uploader()).isEqualTo("Rick Astley");
        assertThat(entry.duration()).isEqualTo(213.0);
        assertThat(entry.webpageUrl()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(entry.thumbnail()).endsWith("maxresdefault.webp");
        assertThat(entry.url()).contains("itag=251").contains("expire=1795530000");
        assertThat(entry.ext()).isEqualTo("webm");
        assertThat(entry.protocol()).isEqualTo("https");
        assertThat(entry.acodec()).isEqualTo("opus");
        assertThat(entry.filesize()).isEqualTo(3437753L);
        assertThat(entry.isLive()).isFalse();
        assertThat(entry.headers()).containsEntry("Sec-Fetch-Mode", "navigate").hasSize(4);
    }

    @Test
    void readsAFlatPlaylistInOrderWithWhateverTheListingGives() throws IOException {
        YtDlpPlaylist playlist = (YtDlpPlaylist) fixture("youtube-playlist-flat.json");

        assertThat(playlist.title()).isEqualTo("Today's Hits");
        assertThat(playlist.entries())
                .extracting(YtDlpPlaylistEntry::id)
                .containsExactly("kJQP7kiw5Fk", "xxxxxxxxxxx", "9bZkp7q19f0", "OPf0YbXqDm0");
        YtDlpPlaylistEntry first = playlist.entries().getFirst();
        assertThat(first.url()).isEqualTo("https://www.youtube.com/watch?v=kJQP7kiw5Fk");
        assertThat(first.duration()).isEqualTo(282.0);
        assertThat(first.channel()).isEqualTo("Luis Fonsi");
        assertThat(first.thumbnail()).endsWith("sqp=large");
        assertThat(playlist.entries().get(2).thumbnail()).isNull();
        assertThat(playlist.entries().get(3).title()).isNull();
        assertThat(playlist.entries().get(3).uploader()).isEqualTo("Mark Ronson");
    }

    @Test
    void dropsEntriesYtDlpCouldNotList() throws IOException {
        YtDlpPlaylist search = (YtDlpPlaylist) fixture("youtube-search-with-gap.json");

        assertThat(search.entries()).extracting(YtDlpPlaylistEntry::id).containsExactly("jfKfPfyJRdk", "5qap5aO4i9A");
        assertThat(search.entries().get(1).duration()).isEqualTo(10800.5);
    }

    @Test
    void readsAnHlsSoundCloudTrack() throws IOException {
        YtDlpEntry entry = (YtDlpEntry) fixture("soundcloud-track-hls.json");

        assertThat(entry.protocol()).isEqualTo("m3u8_native");
        assertThat(entry.ext()).isEqualTo("m4a");
        assertThat(entry.acodec()).isEqualTo("aac");
        assertThat(entry.channel()).isNull();
        assertThat(entry.uploader()).isEqualTo("Some Artist");
        assertThat(entry.duration()).isEqualTo(215.4);
        assertThat(entry.filesize()).isNull();
    }

    @Test
    void readsWhatTheRealYtDlpPrintsForLoopbackPages() throws IOException {
        YtDlpEntry direct = (YtDlpEntry) fixture("generic-direct-redirected.json");
        assertThat(direct.title()).isEqualTo("a");
        assertThat(direct.protocol()).isEqualTo("http");
        assertThat(direct.url()).endsWith("/a.webm?expire=9999999999&tok=2");
        assertThat(direct.duration()).isNull();

        YtDlpPlaylist feed = (YtDlpPlaylist) fixture("generic-rss-feed-flat.json");
        assertThat(feed.title()).isEqualTo("My Mix");
        assertThat(feed.entries())
                .extracting(YtDlpPlaylistEntry::title)
                .containsExactly("First Song", "Second Song", null);
        assertThat(feed.entries()).extracting(YtDlpPlaylistEntry::duration).containsExactly(6.0, 7.0, null);
    }

    @Test
    void refusesOutputThatIsNotAJsonObject() {
        assertThatThrownBy(() -> YtDlpJson.parse(new byte[0])).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> YtDlpJson.parse("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> YtDlpJson.parse("Traceback (most recent call last):".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
