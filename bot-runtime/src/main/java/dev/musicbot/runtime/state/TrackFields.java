package dev.musicbot.runtime.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads one {@link SnapshotTrack} from its JSON object, strictly: any bad field rejects the track. */
final class TrackFields {
    private TrackFields() {}

    /**
     * Reads a track.
     *
     * @throws IllegalArgumentException naming the first bad field
     */
    static SnapshotTrack read(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return new SnapshotTrack(
                text(node, "title"),
                node.path("author").isMissingNode() ? "" : text(node, "author"),
                node.path("lengthMillis").isMissingNode() ? 0 : number(node, "lengthMillis"),
                optionalText(node, "uri"),
                optionalText(node, "artworkUrl"),
                text(node, "sourceId"),
                optionalText(node, "engineIdentifier"),
                texts(node, "deferredCandidates"),
                number(node, "requesterId"));
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (!node.isTextual()) {
            throw new IllegalArgumentException(field + " is not text: " + shown(node));
        }
        return node.textValue();
    }

    private static @Nullable String optionalText(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        return node.isMissingNode() || node.isNull() ? null : text(parent, field);
    }

    private static long number(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is not a whole number: " + shown(node));
        }
        return node.longValue();
    }

    private static List<String> texts(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(field + " is not an array: " + shown(node));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException(field + " holds a non-text value: " + element);
            }
            values.add(element.textValue());
        }
        return values;
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "missing" : node.toString();
    }
}
