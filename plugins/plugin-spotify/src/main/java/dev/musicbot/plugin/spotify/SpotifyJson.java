package dev.musicbot.plugin.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Maps the Web API's track, album and playlist-entry objects to {@link SpotifyTrack}s. */
final class SpotifyJson {
    private static final String WEB = "https://open.spotify.com/track/";

    private SpotifyJson() {}

    /**
     * A playable track from a track object (full or simplified).
     *
     * @param node the track object
     * @param albumArtwork the cover to use when the object has no {@code album} (album listings)
     * @return the track, or empty for null, local, episode and id-less entries
     */
    static Optional<SpotifyTrack> track(@Nullable JsonNode node, @Nullable String albumArtwork) {
        if (Json.isAbsent(node) || !node.isObject() || node.path("is_local").asBoolean(false)) {
            return Optional.empty();
        }
        String type = Json.text(node, "type");
        String id = Json.text(node, "id");
        if ((type != null && !"track".equals(type)) || id == null) {
            return Optional.empty();
        }
        String title = Json.text(node, "name");
        String url = Json.text(node.path("external_urls"), "spotify");
        String artwork = node.has("album") ? artwork(node.path("album")) : albumArtwork;
        return Optional.of(new SpotifyTrack(
                id,
                title == null ? "Spotify track " + id : title,
                artists(node.path("artists")),
                Duration.ofMillis(Math.max(0, node.path("duration_ms").asLong(0))),
                url == null ? WEB + id : url,
                artwork,
                Json.text(node.path("external_ids"), "isrc")));
    }

    /**
     * The track of a playlist entry: {@code item} since February 2026, {@code track} before.
     *
     * @param entry a playlist item object
     * @return the track object, or null when the entry has none
     */
    static @Nullable JsonNode entryTrack(JsonNode entry) {
        JsonNode item = entry.get("item");
        return Json.isAbsent(item) ? entry.get("track") : item;
    }

    /**
     * The widest image of an album (Spotify lists the widest first).
     *
     * @param album an album object
     * @return its URL, or null
     */
    static @Nullable String artwork(JsonNode album) {
        JsonNode images = album.path("images");
        return images.isArray() && !images.isEmpty() ? Json.text(images.get(0), "url") : null;
    }

    private static List<String> artists(JsonNode artists) {
        List<String> names = new ArrayList<>();
        for (JsonNode artist : artists) {
            String name = Json.text(artist, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
