package dev.musicbot.plugin.spotify;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;

/** What the user is told when a Spotify link cannot be played. */
final class Messages {
    private static final String EDITORIAL_PREFIX = "37i9dQZ";
    private static final String INSTEAD = " Try a track or album link instead.";

    private Messages() {}

    static ResolveResult missingCredentials() {
        return failed(
                "Spotify links need SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET, which the bot owner hasn't set up.",
                Severity.COMMON);
    }

    static ResolveResult podcasts() {
        return failed(
                "Spotify podcasts and episodes are not supported. Share a track, album or playlist link instead.",
                Severity.COMMON);
    }

    static ResolveResult artists() {
        return failed(
                "Spotify artist links are not supported. Share a track, album or playlist link instead.",
                Severity.COMMON);
    }

    static ResolveResult playlistNotReadable() {
        return failed(
                "Spotify won't share that playlist's tracks with this bot: since February 2026, Spotify only lets"
                        + " an app read playlists that the app's owner owns." + INSTEAD,
                Severity.COMMON);
    }

    static ResolveResult notFound(SpotifyLink link) {
        return switch (link.kind()) {
            case TRACK -> new ResolveResult.NoMatch("I couldn't find that Spotify track. Please check the link.");
            case ALBUM -> new ResolveResult.NoMatch("I couldn't find that Spotify album. Please check the link.");
            case PLAYLIST ->
                link.id().startsWith(EDITORIAL_PREFIX)
                        ? failed(
                                "Spotify doesn't let apps read the playlists it makes itself." + INSTEAD,
                                Severity.COMMON)
                        : new ResolveResult.NoMatch(
                                "I couldn't find that Spotify playlist. Please check the link, and that it is public.");
            case MIRROR, PODCAST, ARTIST -> new ResolveResult.NoMatch("That Spotify track is no longer available.");
        };
    }

    static ResolveResult refused(int status) {
        return failed(
                "Spotify refused that request (HTTP " + status + "). The bot owner should check the Spotify app;"
                        + " its owner needs Spotify Premium.",
                Severity.SUSPICIOUS);
    }

    static ResolveResult empty(SpotifyLink.Kind kind) {
        String what = kind == SpotifyLink.Kind.ALBUM ? "album" : "playlist";
        return new ResolveResult.NoMatch("That Spotify " + what + " has no tracks I can play"
                + " (local files and podcast episodes are skipped).");
    }

    private static ResolveResult failed(String message, Severity severity) {
        return new ResolveResult.Failed(new UserFacingException(message, severity));
    }
}
