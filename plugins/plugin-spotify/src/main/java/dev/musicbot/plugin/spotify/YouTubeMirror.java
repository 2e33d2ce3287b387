package dev.musicbot.plugin.spotify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackLoader;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the YouTube upload of a Spotify track through the bot's own resolvers: an ISRC search first (when
 * the track has one), then "artist - title", each scored by the {@link TrackMatcher}. Matches are cached.
 */
final class YouTubeMirror {
    private static final Pattern NOT_ISRC = Pattern.compile("[^A-Za-z0-9]");

    private final TrackLoader loader;
    private final TrackMatcher matcher;
    private final Cache<String, Track> matches;

    YouTubeMirror(TrackLoader loader, TrackMatcher matcher, int cacheSize) {
        this.loader = loader;
        this.matcher = matcher;
        this.matches = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /**
     * The YouTube track to play for a Spotify track.
     *
     * @param wanted the Spotify track, with its ISRC when known
     * @return {@link ResolveResult.Single} with the upload, or {@link ResolveResult.NoMatch}
     */
    ResolveResult find(SpotifyTrack wanted) {
        Track cached = matches.getIfPresent(wanted.id());
        if (cached != null) {
            return new ResolveResult.Single(cached);
        }
        ResolveResult.@Nullable Failed failure = null;
        boolean sawCandidates = false;
        for (String query : queries(wanted)) {
            ResolveResult result = loader.load(new TrackQuery(query));
            if (result instanceof ResolveResult.Failed failed) {
                failure = failed;
            }
            List<Track> candidates = playable(result);
            sawCandidates |= !candidates.isEmpty();
            Optional<Track> best = matcher.best(wanted, candidates);
            if (best.isPresent()) {
                matches.put(wanted.id(), best.get());
                return new ResolveResult.Single(best.get());
            }
        }
        return failure != null && !sawCandidates ? failure : noMatch(wanted);
    }

    private static ResolveResult noMatch(SpotifyTrack wanted) {
        String name = wanted.mainArtist().isEmpty() ? wanted.title() : wanted.mainArtist() + " - " + wanted.title();
        return Messages.noMatch("mirror.none", name);
    }

    /**
     * The searches to try, in order.
     *
     * @param wanted the Spotify track
     * @return {@code ytsearch:"<ISRC>"} when there is an ISRC, then {@code ytsearch:<artist> - <title>}
     */
    static List<String> queries(SpotifyTrack wanted) {
        List<String> queries = new ArrayList<>(2);
        String isrc =
                wanted.isrc() == null ? "" : NOT_ISRC.matcher(wanted.isrc()).replaceAll("");
        if (!isrc.isEmpty()) {
            queries.add("ytsearch:\"" + isrc + "\"");
        }
        String artist = wanted.mainArtist();
        queries.add("ytsearch:" + (artist.isEmpty() ? wanted.title() : artist + " - " + wanted.title()));
        return queries;
    }

    /** The tracks of a search result that the engine can play directly (never another deferred track). */
    private static List<Track> playable(ResolveResult result) {
        List<Track> tracks =
                switch (result) {
                    case ResolveResult.Single single -> List.of(single.track());
                    case ResolveResult.SearchHits hits -> hits.tracks();
                    case ResolveResult.Playlist playlist -> playlist.tracks();
                    case ResolveResult.NoMatch _, ResolveResult.Failed _ -> List.of();
                };
        return tracks.stream()
                .filter(t -> t.ref() instanceof PlaybackRef.Engine)
                .toList();
    }
}
