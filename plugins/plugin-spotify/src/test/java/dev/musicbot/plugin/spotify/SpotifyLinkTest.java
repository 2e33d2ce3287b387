package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.source.TrackQuery;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpotifyLinkTest {
    private static final String ID = "0VjIjW4GlUZAMYd2vXMi3b";

    private final SpotifyResolver resolver = new SpotifyResolver(link -> {
        throw new AssertionError("accepts must not resolve");
    });

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b|TRACK",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b?si=1a2b3c4d5e6f|TRACK",
                "https://open.spotify.com/intl-de/track/0VjIjW4GlUZAMYd2vXMi3b?si=abc|TRACK",
                "https://open.spotify.com/intl-pt/track/0VjIjW4GlUZAMYd2vXMi3b|TRACK",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b/|TRACK",
                "http://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b|TRACK",
                "HTTPS://OPEN.SPOTIFY.COM/track/0VjIjW4GlUZAMYd2vXMi3b|TRACK",
                "https://open.spotify.com/embed/track/0VjIjW4GlUZAMYd2vXMi3b|TRACK",
                "https://open.spotify.com/album/0VjIjW4GlUZAMYd2vXMi3b?si=x&nd=1|ALBUM",
                "https://open.spotify.com/playlist/0VjIjW4GlUZAMYd2vXMi3b?si=x&pt=y|PLAYLIST",
                "spotify:track:0VjIjW4GlUZAMYd2vXMi3b|TRACK",
                "spotify:album:0VjIjW4GlUZAMYd2vXMi3b|ALBUM",
                "spotify:playlist:0VjIjW4GlUZAMYd2vXMi3b|PLAYLIST",
                "spotify:user:someone:playlist:0VjIjW4GlUZAMYd2vXMi3b|PLAYLIST",
                "spotify-mirror:0VjIjW4GlUZAMYd2vXMi3b|MIRROR",
                "https://open.spotify.com/episode/0VjIjW4GlUZAMYd2vXMi3b|PODCAST",
                "https://open.spotify.com/show/0VjIjW4GlUZAMYd2vXMi3b?si=z|PODCAST",
                "spotify:episode:0VjIjW4GlUZAMYd2vXMi3b|PODCAST",
                "https://open.spotify.com/artist/0VjIjW4GlUZAMYd2vXMi3b|ARTIST"
            })
    void acceptsSpotifyLinks(String input, SpotifyLink.Kind kind) {
        assertThat(resolver.accepts(new TrackQuery(input))).as(input).isTrue();
        assertThat(SpotifyLink.parse(input)).contains(new SpotifyLink(kind, ID));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://open.spotify.com.evil.example/track/0VjIjW4GlUZAMYd2vXMi3b",
                "https://evil.example/open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b",
                "https://open.spotify.com@evil.example/track/0VjIjW4GlUZAMYd2vXMi3b",
                "https://notopen.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b0",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b/../../me",
                "https://open.spotify.com/track/",
                "https://open.spotify.com/user/someone",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b trailing words",
                "spotify:track:0VjIjW4GlUZAMYd2vXMi3",
                "spotify:track:0VjIjW4GlUZAMYd2vXMi3b:extra",
                "spotify-mirror:../tracks/x",
                "spotify-mirror:",
                "spotify blinding lights",
                "ytsearch:spotify:track:0VjIjW4GlUZAMYd2vXMi3b",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://spotify.link/AbCdEf"
            })
    void declinesNearMisses(String input) {
        assertThat(resolver.accepts(new TrackQuery(input))).as(input).isFalse();
        assertThat(SpotifyLink.parse(input)).isEqualTo(Optional.empty());
    }
}
