package dev.musicbot.api.playback;

import java.time.Duration;
import java.util.Objects;

/**
 * A stretch of a track to skip.
 *
 * @param start where it starts, from the beginning of the track
 * @param end where it ends, after {@code start}
 * @param category what it is
 */
public record SkipSegment(Duration start, Duration end, SegmentCategory category) {

    /** Validates the fields. */
    public SkipSegment {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(category, "category");
        if (start.isNegative() || end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("a segment runs forward from zero or later: " + start + " to " + end);
        }
    }
}
