package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YouTubeLinksTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ                                  | dQw4w9WgXcQ",
                "https://youtube.com/watch?v=dQw4w9WgXcQ                                      | dQw4w9WgXcQ",
                "http://www.youtube.com/watch?v=dQw4w9WgXcQ                                   | dQw4w9WgXcQ",
                "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ                                  | dQw4w9WgXcQ",
                "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share                      | dQw4w9WgXcQ",
                "https://music.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEf123                   | dQw4w9WgXcQ",
                "https://www.youtube.com/watch?feature=youtu.be&v=dQw4w9WgXcQ                 | dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s                            | dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI&index=3 | dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=1m2s                           | dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ                                                 | dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ?si=Xy12_ab&t=30                                 | dQw4w9WgXcQ",
                "youtu.be/dQw4w9WgXcQ                                                         | dQw4w9WgXcQ",
                "www.youtube.com/watch?v=dQw4w9WgXcQ                                          | dQw4w9WgXcQ",
                "https://www.youtube.com/shorts/aqz-KE-bpKQ                                   | aqz-KE-bpKQ",
                "https://youtube.com/shorts/aqz-KE-bpKQ?si=abc                                | aqz-KE-bpKQ",
                "https://www.youtube.com/live/jfKfPfyJRdk?feature=shared                      | jfKfPfyJRdk",
                "https://www.youtube.com/embed/dQw4w9WgXcQ?start=10                           | dQw4w9WgXcQ",
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ                           | dQw4w9WgXcQ",
                "https://www.youtube.com/v/dQw4w9WgXcQ                                        | dQw4w9WgXcQ",
            })
    void videoUrlsCanonicaliseToTheWatchPage(String url, String id) {
        assertThat(YouTubeLinks.parse(url)).contains(new YouTubeLink.Video(id));
        assertThat(YouTubeLinks.videoPage(url)).contains("https://www.youtube.com/watch?v=" + id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI     | PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI",
                "https://music.youtube.com/playlist?list=OLAK5uy_kXyZ123abc&si=zz             | OLAK5uy_kXyZ123abc",
                "https://m.youtube.com/playlist?list=RDdQw4w9WgXcQ                            | RDdQw4w9WgXcQ",
                "https://www.youtube.com/watch?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI        | PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI",
                "https://www.youtube.com/embed/videoseries?list=PLFgquLnL59alCl_2TQvOiD5Vgm1 | PLFgquLnL59alCl_2TQvOiD5Vgm1",
                "youtube.com/playlist?list=PLabc_DEF-123                                      | PLabc_DEF-123",
            })
    void playlistUrlsAreRecognised(String url, String id) {
        assertThat(YouTubeLinks.parse(url)).contains(new YouTubeLink.Playlist(id));
        assertThat(new YouTubeLink.Playlist(id).page()).isEqualTo("https://www.youtube.com/playlist?list=" + id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.youtube.com/",
                "https://www.youtube.com/@RickAstleyYT",
                "https://www.youtube.com/channel/UCuAXFkgsw1L7xaCfnd5JJOw",
                "https://www.youtube.com/watch?v=tooShort",
                "https://www.youtube.com/playlist",
                "https://youtu.be/",
            })
    void otherYouTubePagesAreRecognisedButNotPlayable(String url) {
        assertThat(YouTubeLinks.parse(url)).contains(new YouTubeLink.Other());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
                "https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://evil.example/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtu.be.evil.example/dQw4w9WgXcQ",
                "https://soundcloud.com/artist/track",
                "https://vimeo.com/76979871",
                "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "never gonna give you up",
                "youtube.community forum post",
                " ",
            })
    void nearMissesAndOtherSitesAreNotYouTube(String input) {
        assertThat(YouTubeLinks.parse(input)).isEqualTo(Optional.empty());
        assertThat(YouTubeLinks.videoPage(input)).isEmpty();
    }
}
