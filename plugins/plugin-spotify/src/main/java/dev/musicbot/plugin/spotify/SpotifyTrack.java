package dev.musicbot.plugin.spotify;

import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Spotify track as the Web API describes it.
 *
 * @param id the Spotify track id
 * @param title the track's name
 * @param artists the artists' names, main artist first
 * @param length the duration
 * @param url the open.spotify.com page
 * @param artworkUrl the album cover, or null
 * @param isrc the International Standard Recording Code, or null (album track listings have none)
 */
record SpotifyTrack(
        String id,
        String title,
        List<String> artists,
        Duration length,
        String url,
        @Nullable String artworkUrl,
        @Nullable String isrc) {

    /** The source id of tracks this plugin produces. */
    static final String SOURCE_ID = "spotify";

    SpotifyTrack {
        artists = List.copyOf(artists);
    }

    /** The artists joined with ", ". */
    String author() {
        return String.join(", ", artists);
    }

    /** The first artist, or "" when none is listed. */
    String mainArtist() {
        return artists.isEmpty() ? "" : artists.getFirst();
    }

    /**
     * The playable track: Spotify's metadata, and a deferred reference that mirrors it to YouTube when it is
     * about to play.
     *
     * @return the track
     */
    Track toTrack() {
        return new Track(
                new TrackInfo(title, author(), length, url, artworkUrl, isrc),
                new PlaybackRef.Deferred(List.of(SpotifyLink.mirrorQuery(id))),
                SOURCE_ID);
    }
}
