package dev.musicbot.plugin.youtube;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SkipSegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads SponsorBlock's answer to a hash-prefix lookup: an array of videos whose id hashes to the prefix, each with
 * its segments. Only the wanted video's {@code skip} segments of the wanted categories are kept; a malformed
 * segment is left out, a malformed answer is an error.
 */
final class SponsorBlockJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SponsorBlockJson() {}

    /**
     * The segments of one video.
     *
     * @param body the response body
     * @param videoId the video
     * @param categories the categories to keep
     * @return its segments, possibly empty
     * @throws IllegalArgumentException if the body is not such an array
     */
    static List<SkipSegment> segments(String body, String videoId, Set<SegmentCategory> categories) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JSON array");
        }
        List<SkipSegment> segments = new ArrayList<>();
        for (JsonNode video : root) {
            if (videoId.equals(video.path("videoID").asText(null))) {
                for (JsonNode segment : video.path("segments")) {
                    segment(segment, categories).ifPresent(segments::add);
                }
            }
        }
        return segments;
    }

    private static Optional<SkipSegment> segment(JsonNode node, Set<SegmentCategory> categories) {
        Optional<SegmentCategory> category =
                SegmentCategory.parse(node.path("category").asText("")).filter(categories::contains);
        JsonNode times = node.path("segment");
        boolean skip = "skip".equals(node.path("actionType").asText("skip"));
        if (category.isEmpty() || !skip || !times.isArray() || times.size() != 2) {
            return Optional.empty();
        }
        JsonNode start = times.get(0);
        JsonNode end = times.get(1);
        if (!start.isNumber() || !end.isNumber()) {
            return Optional.empty();
        }
        long from = Math.round(Math.max(0, start.doubleValue()) * 1000);
        long to = Math.round(end.doubleValue() * 1000);
        if (!Double.isFinite(end.doubleValue()) || to <= from) {
            return Optional.empty();
        }
        return Optional.of(new SkipSegment(Duration.ofMillis(from), Duration.ofMillis(to), category.get()));
    }
}
