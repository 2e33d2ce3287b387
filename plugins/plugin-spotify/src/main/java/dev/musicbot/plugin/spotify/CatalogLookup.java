package dev.musicbot.plugin.spotify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

/**
 * Resolves links through the Web API: tracks, albums and playlists become Spotify tracks that mirror to
 * YouTube when they play; a mirror query finds that upload. Tracks with an ISRC are remembered, so mirroring
 * a track that was just listed needs no second request.
 */
final class CatalogLookup implements SpotifyLookup {
    private static final int CACHE_SIZE = 2000;

    private final SpotifyCatalog catalog;
    private final YouTubeMirror mirror;
    private final Cache<String, SpotifyTrack> known =
            Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    CatalogLookup(SpotifyCatalog catalog, YouTubeMirror mirror) {
        this.catalog = catalog;
        this.mirror = mirror;
    }

    /**
     * Wires the lookup to the Web API and the bot's resolvers.
     *
     * @param settings the effective settings, with credentials
     * @param client the HTTP client
     * @param loader the bot's track loader, for YouTube searches
     * @param clock the clock for token expiry
     * @return the lookup
     */
    static CatalogLookup create(SpotifyConfig.Settings settings, HttpClient client, TrackLoader loader, Clock clock) {
        SpotifyHttp http = new SpotifyHttp(client);
        AccessTokens tokens = new AccessTokens(
                http, settings.authBase(), settings.credentials().orElseThrow(), clock);
        SpotifyWebApi api = new SpotifyWebApi(http, tokens, settings.apiBase());
        return new CatalogLookup(
                new SpotifyCatalog(api, settings.market(), settings.maxTracks()),
                new YouTubeMirror(loader, new TrackMatcher(), CACHE_SIZE));
    }

    @Override
    public ResolveResult resolve(SpotifyLink link) {
        try {
            return switch (link.kind()) {
                case TRACK ->
                    new ResolveResult.Single(remember(catalog.track(link.id())).toTrack());
                case ALBUM -> listing(link, catalog.album(link.id()));
                case PLAYLIST -> listing(link, catalog.playlist(link.id()));
                case MIRROR -> mirror.find(knownTrack(link.id()));
                case PODCAST, ARTIST -> throw new IllegalArgumentException("not a catalog link: " + link.kind());
            };
        } catch (SpotifyCatalog.PlaylistNotReadableException e) {
            return Messages.playlistNotReadable();
        } catch (SpotifyStatusException e) {
            if (e.isNotFound()) {
                return Messages.notFound(link);
            }
            return e.isForbidden() && link.kind() == SpotifyLink.Kind.PLAYLIST
                    ? Messages.playlistNotReadable()
                    : Messages.refused(e.status());
        }
    }

    private ResolveResult listing(SpotifyLink link, SpotifyCatalog.Listing listing) {
        if (listing.tracks().isEmpty()) {
            return Messages.empty(link.kind());
        }
        List<SpotifyTrack> tracks = listing.tracks();
        tracks.stream().filter(t -> t.isrc() != null).forEach(this::remember);
        return new ResolveResult.Playlist(
                listing.name(), tracks.stream().map(SpotifyTrack::toTrack).toList(), -1);
    }

    private SpotifyTrack knownTrack(String id) {
        return known.get(id, catalog::track);
    }

    private SpotifyTrack remember(SpotifyTrack track) {
        known.put(track.id(), track);
        return track;
    }
}
