package dev.musicbot.plugin.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads tracks, albums and playlists from the Web API. */
final class SpotifyCatalog {
    private static final int PAGE_SIZE = 50;

    private final SpotifyWebApi api;
    private final Pager pager;
    private final @Nullable String market;

    SpotifyCatalog(SpotifyWebApi api, @Nullable String market, int maxTracks) {
        this.api = api;
        this.pager = new Pager(api, maxTracks);
        this.market = market;
    }

    /**
     * One track, with its ISRC.
     *
     * @param id the track id
     * @return the track
     * @throws SpotifyStatusException on 404 and other refusals
     */
    SpotifyTrack track(String id) {
        JsonNode node = api.get("/tracks/" + id + marketParam('?'));
        return SpotifyJson.track(node, null).orElseThrow(() -> new SpotifyStatusException(404, "/tracks/" + id));
    }

    /**
     * An album's tracks, in order (without ISRCs: album listings do not carry them).
     *
     * @param id the album id
     * @return the album
     */
    Listing album(String id) {
        JsonNode album = api.get("/albums/" + id + marketParam('?'));
        String artwork = SpotifyJson.artwork(album);
        Pager.Collected listing = pager.collect(
                "/albums/" + id + "/tracks?limit=" + PAGE_SIZE + marketParam('&'),
                node -> SpotifyJson.track(node, artwork));
        return new Listing(nameOf(album, "Spotify album"), listing.tracks());
    }

    /**
     * A playlist's tracks, in order, skipping local files, episodes and removed entries.
     *
     * @param id the playlist id
     * @return the playlist
     * @throws PlaylistNotReadableException if Spotify gives this app the playlist's metadata but not its items
     */
    Listing playlist(String id) {
        JsonNode playlist = api.get("/playlists/" + id + marketParam('?'));
        if (!hasItems(playlist)) {
            throw new PlaylistNotReadableException();
        }
        Pager.Collected listing;
        try {
            listing = pager.collect(
                    "/playlists/" + id + "/items?limit=" + PAGE_SIZE + marketParam('&'),
                    entry -> SpotifyJson.track(SpotifyJson.entryTrack(entry), null));
        } catch (SpotifyStatusException e) {
            if (e.isForbidden() || e.isNotFound()) {
                throw new PlaylistNotReadableException();
            }
            throw e;
        }
        if (listing.entriesSeen() == 0 && listing.total() > 0) {
            throw new PlaylistNotReadableException();
        }
        return new Listing(nameOf(playlist, "Spotify playlist"), listing.tracks());
    }

    /** Whether a playlist object carries its items (or, in the older shape, its tracks). */
    private static boolean hasItems(JsonNode playlist) {
        return playlist.path("items").isObject() || playlist.path("tracks").isObject();
    }

    private static String nameOf(JsonNode node, String fallback) {
        String name = Json.text(node, "name");
        return name == null ? fallback : name;
    }

    private String marketParam(char separator) {
        return market == null ? "" : separator + "market=" + market;
    }

    /**
     * An album or playlist.
     *
     * @param name its name
     * @param tracks its playable tracks, at most the configured cap
     */
    record Listing(String name, List<SpotifyTrack> tracks) {
        Listing {
            tracks = List.copyOf(tracks);
        }
    }

    /** Spotify shares this playlist's metadata with the app but not its items. */
    static final class PlaylistNotReadableException extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        PlaylistNotReadableException() {
            super("Spotify does not share this playlist's items with the app");
        }
    }
}
