package dev.musicbot.plugin.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpotifyResolverTest {
    private static final String TRACK = "0VjIjW4GlUZAMYd2vXMi3b";
    private static final String ALBUM = "4AlbUmNiGhTdRiVe000001";
    private static final String PLAYLIST = "3cEYpjA9oz9GiPac4AsH4n";

    private final LoopbackSpotify spotify = LoopbackSpotify.start(SpotifyResolverTest.class);
    private final SpotifyResolver resolver = spotify.resolver();

    @AfterEach
    void stop() {
        spotify.close();
    }

    private ResolveResult resolve(String input) {
        TrackQuery query = new TrackQuery(input);
        assertThat(resolver.accepts(query)).as("accepts %s", input).isTrue();
        return resolver.resolve(query);
    }

    @Test
    void trackLinkGivesSpotifyInfoWithIsrcAndAMirrorReference() {
        spotify.on("/v1/tracks/" + TRACK, spotify.fixture("track"));

        ResolveResult result = resolve("https://open.spotify.com/intl-de/track/" + TRACK + "?si=abc123");

        assertThat(result).isInstanceOf(ResolveResult.Single.class);
        Track track = ((ResolveResult.Single) result).track();
        assertThat(track.info())
                .isEqualTo(new TrackInfo(
                        "Blinding Lights",
                        "The Weeknd",
                        Duration.ofMillis(200_040),
                        "https://open.spotify.com/track/" + TRACK,
                        "https://i.scdn.co/image/ab67616d0000b273aaaaaaaaaaaaaaaaaaaaaaaa",
                        "USUG11904206"));
        assertThat(track.ref()).isEqualTo(new PlaybackRef.Deferred(List.of("spotify-mirror:" + TRACK)));
        assertThat(track.sourceId()).isEqualTo("spotify");
    }

    @Test
    void albumFollowsNextAcrossTwoPagesWithAlbumArtwork() {
        spotify.on("/v1/albums/" + ALBUM, spotify.fixture("album"));
        spotify.on("/v1/albums/" + ALBUM + "/tracks", spotify.fixture("album-tracks-page1"));
        spotify.on("/v1/albums/" + ALBUM + "/tracks?offset=2&limit=2", spotify.fixture("album-tracks-page2"));

        ResolveResult result = resolve("spotify:album:" + ALBUM);

        assertThat(result).isInstanceOf(ResolveResult.Playlist.class);
        ResolveResult.Playlist album = (ResolveResult.Playlist) result;
        assertThat(album.name()).isEqualTo("Night Drive");
        assertThat(album.selectedIndex()).isEqualTo(-1);
        assertThat(album.tracks())
                .extracting(t -> t.info().title(), t -> t.info().author(), t -> t.info()
                        .length())
                .containsExactly(
                        tuple("Midnight Drive", "Alex Rivers", Duration.ofMillis(210_000)),
                        tuple("Neon Rain", "Alex Rivers, Nova", Duration.ofMillis(185_500)),
                        tuple("Last Exit", "Alex Rivers", Duration.ofMillis(243_000)));
        assertThat(album.tracks())
                .allSatisfy(t -> assertThat(t.info().artworkUrl())
                        .isEqualTo("https://i.scdn.co/image/ab67616d0000b273bbbbbbbbbbbbbbbbbbbbbbbb"))
                .allSatisfy(t -> assertThat(t.info().isrc()).isNull());
        assertThat(album.tracks().get(2).ref())
                .isEqualTo(new PlaybackRef.Deferred(List.of("spotify-mirror:1TrAcKtHrEe00000000003")));
        assertThat(spotify.requests("/v1/albums/" + ALBUM + "/tracks"))
                .extracting(LoopbackSpotify.Recorded::query)
                .containsExactly("limit=50", "offset=2&limit=2");
    }

    @Test
    void albumStopsAtMaxTracks() {
        SpotifyResolver capped = new SpotifyResolver(CatalogLookup.create(
                spotify.settings(2),
                HttpClient.newHttpClient(),
                q -> new ResolveResult.NoMatch("none"),
                Clock.systemUTC()));
        spotify.on("/v1/albums/" + ALBUM, spotify.fixture("album"));
        spotify.on("/v1/albums/" + ALBUM + "/tracks", spotify.fixture("album-tracks-page1"));

        ResolveResult result = capped.resolve(new TrackQuery("spotify:album:" + ALBUM));

        assertThat(((ResolveResult.Playlist) result).tracks()).hasSize(2);
        assertThat(spotify.requests("/v1/albums/" + ALBUM + "/tracks")).hasSize(1);
    }

    @Test
    void playlistReadsItemAndLegacyTrackEntriesAndSkipsNullLocalAndEpisodes() {
        spotify.on("/v1/playlists/" + PLAYLIST, spotify.fixture("playlist"));
        spotify.on("/v1/playlists/" + PLAYLIST + "/items", spotify.fixture("playlist-items-page1"));
        spotify.on("/v1/playlists/" + PLAYLIST + "/items?offset=3&limit=3", spotify.fixture("playlist-items-page2"));

        ResolveResult result = resolve("https://open.spotify.com/playlist/" + PLAYLIST + "?si=x&pt=y");

        assertThat(result).isInstanceOf(ResolveResult.Playlist.class);
        ResolveResult.Playlist playlist = (ResolveResult.Playlist) result;
        assertThat(playlist.name()).isEqualTo("Road Trip");
        assertThat(playlist.tracks())
                .extracting(t -> t.info().title(), t -> t.info().author(), t -> t.info()
                        .isrc())
                .containsExactly(
                        tuple("Paper Planes", "Maya Stone", "GBAAA2300001"),
                        tuple("Échos", "Léa Marin", "FRZZZ2300002"),
                        tuple("Harbour Lights", "The Tide", "USXXX2300003"));
        assertThat(playlist.tracks()).allSatisfy(t -> assertThat(t.ref()).isInstanceOf(PlaybackRef.Deferred.class));
    }

    @Test
    void playlistWithMetadataOnlyFailsWithTheFebruary2026Rule() {
        spotify.on("/v1/playlists/" + PLAYLIST, spotify.fixture("playlist-metadata-only"));

        ResolveResult result = resolve("spotify:playlist:" + PLAYLIST);

        assertNotReadable(result);
        assertThat(spotify.requests("/v1/playlists/" + PLAYLIST + "/items")).isEmpty();
    }

    @Test
    void forbiddenPlaylistItemsFailWithTheFebruary2026Rule() {
        spotify.on("/v1/playlists/" + PLAYLIST, spotify.fixture("playlist"));
        spotify.on("/v1/playlists/" + PLAYLIST + "/items", LoopbackSpotify.error(403, "Forbidden"));

        assertNotReadable(resolve("spotify:playlist:" + PLAYLIST));
    }

    @Test
    void playlistItemsWithATotalButNoEntriesFailWithTheFebruary2026Rule() {
        spotify.on("/v1/playlists/" + PLAYLIST, spotify.fixture("playlist"));
        spotify.on("/v1/playlists/" + PLAYLIST + "/items", LoopbackSpotify.Reply.json(200, emptyPage(12)));

        assertNotReadable(resolve("spotify:playlist:" + PLAYLIST));
    }

    @Test
    void emptyPlaylistIsNoMatch() {
        spotify.on("/v1/playlists/" + PLAYLIST, spotify.fixture("playlist"));
        spotify.on("/v1/playlists/" + PLAYLIST + "/items", LoopbackSpotify.Reply.json(200, emptyPage(0)));

        assertThat(resolve("spotify:playlist:" + PLAYLIST))
                .isEqualTo(new ResolveResult.NoMatch("That Spotify playlist has no tracks I can play"
                        + " (local files and podcast episodes are skipped)."));
    }

    @Test
    void pagingLinksThatLeaveTheApiAreNotFollowed() {
        String page = spotify.fixture("album-tracks-page1").body();
        spotify.on("/v1/albums/" + ALBUM, spotify.fixture("album"));
        spotify.on(
                "/v1/albums/" + ALBUM + "/tracks",
                LoopbackSpotify.Reply.json(200, page.replace(spotify.apiBase(), "https://evil.example/v1")));

        ResolveResult result = resolve("spotify:album:" + ALBUM);

        assertThat(((ResolveResult.Playlist) result).tracks()).hasSize(2);
        assertThat(spotify.requests("/v1/albums/" + ALBUM + "/tracks")).hasSize(1);
    }

    @Test
    void spotifyMadePlaylistThatIsHiddenFailsClearly() {
        ResolveResult result = resolve("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M");

        assertThat(result).isInstanceOf(ResolveResult.Failed.class);
        assertThat(((ResolveResult.Failed) result).error().getMessage())
                .contains("Spotify doesn't let apps read the playlists it makes itself");
    }

    @Test
    void unknownTrackIsNoMatchWithAReason() {
        spotify.on("/v1/tracks/" + TRACK, LoopbackSpotify.error(404, "Resource not found"));

        ResolveResult result = resolve("spotify:track:" + TRACK);

        assertThat(result)
                .isEqualTo(new ResolveResult.NoMatch("I couldn't find that Spotify track. Please check the link."));
    }

    @Test
    void unknownAlbumIsNoMatchWithAReason() {
        ResolveResult result = resolve("https://open.spotify.com/album/" + ALBUM);

        assertThat(result)
                .isEqualTo(new ResolveResult.NoMatch("I couldn't find that Spotify album. Please check the link."));
    }

    @Test
    void serverErrorIsNotTheUsersFaultAndIsThrownForTheRuntimeToRetry() {
        spotify.on("/v1/tracks/" + TRACK, LoopbackSpotify.error(503, "Service unavailable"));

        assertThatThrownBy(() -> resolve("spotify:track:" + TRACK))
                .isInstanceOf(SpotifyUnavailableException.class)
                .isNotInstanceOf(UserFacingException.class);
    }

    @Test
    void podcastLinksAreRecognisedAndDeclinedPolitely() {
        ResolveResult result = resolve("https://open.spotify.com/episode/4EpIsOdE00000000000001");

        assertThat(result).isInstanceOf(ResolveResult.Failed.class);
        assertThat(((ResolveResult.Failed) result).error().getMessage())
                .startsWith("Spotify podcasts and episodes are not supported");
        assertThat(spotify.requests()).isEmpty();
    }

    private String emptyPage(int total) {
        return "{\"href\":\"" + spotify.apiBase() + "/playlists/" + PLAYLIST + "/items\",\"items\":[],"
                + "\"limit\":50,\"next\":null,\"offset\":0,\"previous\":null,\"total\":" + total + "}";
    }

    private static void assertNotReadable(ResolveResult result) {
        assertThat(result).isInstanceOf(ResolveResult.Failed.class);
        ResolveResult.Failed failed = (ResolveResult.Failed) result;
        assertThat(failed.error().getMessage())
                .contains("since February 2026")
                .contains("only lets an app read playlists that the app's owner owns");
        assertThat(failed.error().severity()).isEqualTo(Severity.COMMON);
    }
}
