package dev.musicbot.plugin.soundcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SoundCloudLinksTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://soundcloud.com/some-artist/night-drive                          | some-artist/night-drive",
                "https://www.soundcloud.com/some-artist/night-drive/                     | some-artist/night-drive",
                "https://m.soundcloud.com/some-artist/night-drive                        | some-artist/night-drive",
                "http://soundcloud.com/some-artist/night-drive?si=0a1b2c&utm_source=clipboard | some-artist/night-drive",
                "https://soundcloud.com/some-artist/night-drive?in=some-artist/sets/late | some-artist/night-drive",
                "https://soundcloud.com/some-artist/night-drive#t=1:02                   | some-artist/night-drive",
                "https://soundcloud.com/some-artist/night-drive/s-AbCdEf123              | some-artist/night-drive/s-AbCdEf123",
                "soundcloud.com/some_artist/track_01                                     | some_artist/track_01",
                "HTTPS://SOUNDCLOUD.COM/Some-Artist/Night-Drive                          | Some-Artist/Night-Drive",
            })
    void trackUrlsCanonicalise(String url, String path) {
        String page = "https://soundcloud.com/" + path;
        assertThat(SoundCloudLinks.parse(url)).contains(new SoundCloudLink.Track(page));
        assertThat(SoundCloudLinks.trackPage(url)).contains(page);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://soundcloud.com/some-artist/sets/late-night                | some-artist/sets/late-night",
                "https://m.soundcloud.com/some-artist/sets/late-night?si=x         | some-artist/sets/late-night",
                "https://soundcloud.com/some-artist/sets/late-night/s-XyZ987       | some-artist/sets/late-night/s-XyZ987",
            })
    void setUrlsAreRecognised(String url, String path) {
        assertThat(SoundCloudLinks.parse(url)).contains(new SoundCloudLink.Set("https://soundcloud.com/" + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://on.soundcloud.com/AbC123xYz", "on.soundcloud.com/AbC123xYz/"})
    void shortLinksAreKeptForYtDlpToFollow(String url) {
        assertThat(SoundCloudLinks.parse(url))
                .contains(new SoundCloudLink.Short("https://on.soundcloud.com/AbC123xYz"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://soundcloud.com/",
                "https://soundcloud.com/some-artist",
                "https://soundcloud.com/some-artist/tracks",
                "https://soundcloud.com/some-artist/likes",
                "https://soundcloud.com/discover/sets/weekly",
                "https://soundcloud.com/search?q=night",
                "https://soundcloud.com/you/library",
                "https://on.soundcloud.com/",
            })
    void otherSoundCloudPagesAreRecognisedButNotPlayable(String url) {
        assertThat(SoundCloudLinks.parse(url)).contains(new SoundCloudLink.Other());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://soundcloud.com.evil.example/some-artist/night-drive",
                "https://evilsoundcloud.com/some-artist/night-drive",
                "https://soundcloud.com@evil.example/some-artist/night-drive",
                "https://evil.example/soundcloud.com/some-artist/night-drive",
                "https://api.soundcloud.com.evil.example/tracks/1",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://example.com/night-drive.mp3",
                "night drive",
                "scsearch:night drive",
            })
    void nearMissesAndOtherSitesAreNotSoundCloud(String input) {
        assertThat(SoundCloudLinks.parse(input)).isEqualTo(Optional.empty());
    }
}
