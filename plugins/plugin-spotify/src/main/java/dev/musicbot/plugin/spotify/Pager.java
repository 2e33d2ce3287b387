package dev.musicbot.plugin.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a Web API paging object's {@code next} links, collecting tracks up to a cap. A {@code next} link
 * that leaves the API base is not followed (the token must not go elsewhere), nor is one seen before.
 */
final class Pager {
    private static final Logger log = LoggerFactory.getLogger(Pager.class);

    private final SpotifyWebApi api;
    private final int maxTracks;

    Pager(SpotifyWebApi api, int maxTracks) {
        this.api = api;
        this.maxTracks = maxTracks;
    }

    /**
     * Collects tracks from a listing.
     *
     * @param firstPage the first page's path
     * @param mapper turns one entry into a track, or empty to skip it
     * @return the tracks in order, and how many entries Spotify listed and sent
     */
    Collected collect(String firstPage, Function<JsonNode, Optional<SpotifyTrack>> mapper) {
        List<SpotifyTrack> tracks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        @Nullable String next = firstPage;
        int total = -1;
        int entriesSeen = 0;
        while (next != null && tracks.size() < maxTracks && seen.add(next)) {
            JsonNode page = api.get(next);
            total = total < 0 ? page.path("total").asInt(0) : total;
            JsonNode entries = page.path("items");
            for (int i = 0; i < entries.size() && tracks.size() < maxTracks; i++) {
                mapper.apply(entries.get(i)).ifPresent(tracks::add);
            }
            entriesSeen += entries.size();
            next = entries.isEmpty() ? null : followable(Json.text(page, "next"));
        }
        return new Collected(tracks, Math.max(total, 0), entriesSeen);
    }

    private @Nullable String followable(@Nullable String next) {
        if (next != null && !api.isOnApi(next)) {
            log.warn("Not following a Spotify paging link outside the configured API base");
            return null;
        }
        return next;
    }

    /**
     * What a listing yielded.
     *
     * @param tracks the playable tracks, at most the cap
     * @param total the number of entries Spotify reported, playable or not
     * @param entriesSeen the number of entries Spotify actually sent, playable or not
     */
    record Collected(List<SpotifyTrack> tracks, int total, int entriesSeen) {
        Collected {
            tracks = List.copyOf(tracks);
        }
    }
}
