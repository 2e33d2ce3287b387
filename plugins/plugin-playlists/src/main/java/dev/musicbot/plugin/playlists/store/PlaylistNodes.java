package dev.musicbot.plugin.playlists.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.api.UserId;
import dev.musicbot.api.storage.PlaylistEntry;
import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One playlist as a JSON object: {@code {"name", "owner", "entries": [{"query", "title", "author",
 * "lengthMillis", "uri", "artworkUrl", "isrc"}]}}. The owner is the user id as decimal text (a snowflake does not
 * fit a JavaScript number); lengths are whole milliseconds; absent optional values are written as {@code null}.
 */
final class PlaylistNodes {

    private PlaylistNodes() {}

    /**
     * Fills {@code node} with a playlist.
     *
     * @param playlist the playlist
     * @param node an empty object
     * @return {@code node}
     */
    static ObjectNode toNode(StoredPlaylist playlist, ObjectNode node) {
        node.put("name", playlist.name());
        node.put("owner", playlist.owner().toString());
        ArrayNode entries = node.putArray("entries");
        for (PlaylistEntry entry : playlist.entries()) {
            TrackInfo info = entry.info();
            entries.addObject()
                    .put("query", entry.query())
                    .put("title", info.title())
                    .put("author", info.author())
                    .put("lengthMillis", info.length().toMillis())
                    .put("uri", info.uri())
                    .put("artworkUrl", info.artworkUrl())
                    .put("isrc", info.isrc());
        }
        return node;
    }

    /**
     * Reads a playlist.
     *
     * @param node the JSON value
     * @param where the value's place in the file, for messages
     * @return the playlist
     * @throws IllegalArgumentException saying where and what, if the value is not a valid playlist
     */
    static StoredPlaylist fromNode(@Nullable JsonNode node, String where) {
        JsonNode object = requireObject(node, where);
        JsonNode entries = object.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException(where + ".entries is missing or not an array");
        }
        List<PlaylistEntry> list = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            list.add(entry(entries.get(i), where + ".entries[" + i + "]"));
        }
        String name = text(object, "name", where);
        UserId owner = owner(text(object, "owner", where), where);
        try {
            return new StoredPlaylist(name, owner, list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * A text field that may be absent or {@code null}.
     *
     * @param node the object
     * @param field the field
     * @param where the object's place in the file, for messages; empty for the top level
     * @return the text, or {@code null}
     * @throws IllegalArgumentException if the field holds something other than text or {@code null}
     */
    static @Nullable String optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(path(where, field) + " is not text");
        }
        return value.textValue();
    }

    private static PlaylistEntry entry(@Nullable JsonNode node, String where) {
        JsonNode object = requireObject(node, where);
        String query = text(object, "query", where);
        String title = text(object, "title", where);
        String author = text(object, "author", where);
        long millis = millis(object, where);
        String uri = optionalText(object, "uri", where);
        String artworkUrl = optionalText(object, "artworkUrl", where);
        String isrc = optionalText(object, "isrc", where);
        try {
            return new PlaylistEntry(
                    query, new TrackInfo(title, author, Duration.ofMillis(millis), uri, artworkUrl, isrc));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode requireObject(@Nullable JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + " is not an object");
        }
        return node;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(path(where, field) + " is missing or not text");
        }
        return value.textValue();
    }

    private static long millis(JsonNode node, String where) {
        JsonNode value = node.get("lengthMillis");
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(where + ".lengthMillis is missing or not a whole number");
        }
        return value.longValue();
    }

    private static UserId owner(String text, String where) {
        try {
            return new UserId(Long.parseLong(text));
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            throw new IllegalArgumentException(where + ".owner \"" + text + "\" is not a user id", e);
        }
    }

    private static String path(String where, String field) {
        return where.isEmpty() ? "\"" + field + "\"" : where + "." + field;
    }
}
