package dev.musicbot.plugin.spotify;

import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class SpotifyResolverContractTest extends dev.musicbot.api.testkit.SourceResolverContract {
    private final LoopbackSpotify spotify = LoopbackSpotify.start(SpotifyResolverContractTest.class);

    @AfterEach
    void stop() {
        spotify.close();
    }

    @Override
    protected SourceResolver resolver() {
        return spotify.resolver();
    }

    @Override
    protected List<TrackQuery> ownQueries() {
        return List.of(
                new TrackQuery("https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b?si=abc"),
                new TrackQuery("https://open.spotify.com/intl-fr/album/4AlbUmNiGhTdRiVe000001"),
                new TrackQuery("spotify:playlist:3cEYpjA9oz9GiPac4AsH4n"),
                new TrackQuery("spotify-mirror:0VjIjW4GlUZAMYd2vXMi3b"),
                new TrackQuery("https://open.spotify.com/episode/4EpIsOdE00000000000001"));
    }

    @Override
    protected List<TrackQuery> foreignQueries() {
        return List.of(
                new TrackQuery("https://open.spotify.com.evil.example/track/0VjIjW4GlUZAMYd2vXMi3b"),
                new TrackQuery("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                new TrackQuery("https://soundcloud.com/artist/track"),
                new TrackQuery("ytsearch:blinding lights"),
                new TrackQuery("blinding lights"));
    }
}
