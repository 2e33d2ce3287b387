package dev.musicbot.plugin.spotify;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.text.MessageBundle;

/** What the user is told when a Spotify link cannot be played. */
final class Messages {
    private static final String EDITORIAL_PREFIX = "37i9dQZ";
    /** The plugin's texts: {@code messages.properties} in this package, and its translations. */
    static final MessageBundle BUNDLE = MessageBundle.of(Messages.class);

    private Messages() {}

    static ResolveResult missingCredentials() {
        return failed("credentials.missing", Severity.COMMON);
    }

    static ResolveResult podcasts() {
        return failed("podcasts", Severity.COMMON);
    }

    static ResolveResult artists() {
        return failed("artists", Severity.COMMON);
    }

    static ResolveResult playlistNotReadable() {
        return failed("playlist.not-readable", Severity.COMMON);
    }

    static ResolveResult notFound(SpotifyLink link) {
        return switch (link.kind()) {
            case TRACK -> noMatch("not-found.track");
            case ALBUM -> noMatch("not-found.album");
            case PLAYLIST ->
                link.id().startsWith(EDITORIAL_PREFIX)
                        ? failed("playlist.editorial", Severity.COMMON)
                        : noMatch("not-found.playlist");
            case MIRROR, PODCAST, ARTIST -> noMatch("not-found.gone");
        };
    }

    static ResolveResult refused(int status) {
        return failed("refused", Severity.SUSPICIOUS, status);
    }

    static ResolveResult empty(SpotifyLink.Kind kind) {
        return noMatch(kind == SpotifyLink.Kind.ALBUM ? "empty.album" : "empty.playlist");
    }

    /** A refusal in the reader's language. */
    static UserFacingException refusal(String key, Severity severity, Object... args) {
        return new UserFacingException(BUNDLE.key(key, args), severity);
    }

    static ResolveResult noMatch(String key, Object... args) {
        return new ResolveResult.NoMatch(BUNDLE.key(key, args));
    }

    private static ResolveResult failed(String key, Severity severity, Object... args) {
        return new ResolveResult.Failed(refusal(key, severity, args));
    }
}
