package dev.musicbot.plugin.spotify;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackQuery;
import java.util.Optional;

/**
 * Spotify track, album and playlist links ({@code https://open.spotify.com/...} and {@code spotify:...}
 * URIs), and the internal {@code spotify-mirror:<id>} query that the runtime sends when a Spotify track is
 * about to play. Podcast and artist links are recognised only to say that they are not supported.
 */
final class SpotifyResolver implements SourceResolver {
    /** Asked before the YouTube resolver, which would otherwise take {@code spotify-mirror:} as search text. */
    static final int PRIORITY = 10;

    private final SpotifyLookup lookup;

    SpotifyResolver(SpotifyLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return SpotifyTrack.SOURCE_ID;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public boolean accepts(TrackQuery query) {
        return SpotifyLink.parse(query.input()).isPresent();
    }

    @Override
    public ResolveResult resolve(TrackQuery query) {
        Optional<SpotifyLink> link = SpotifyLink.parse(query.input());
        if (link.isEmpty()) {
            return Messages.noMatch("link.unknown");
        }
        return switch (link.get().kind()) {
            case PODCAST -> Messages.podcasts();
            case ARTIST -> Messages.artists();
            case TRACK, ALBUM, PLAYLIST, MIRROR -> lookup(link.get());
        };
    }

    private ResolveResult lookup(SpotifyLink link) {
        try {
            return lookup.resolve(link);
        } catch (UserFacingException e) {
            return new ResolveResult.Failed(e);
        }
    }
}
