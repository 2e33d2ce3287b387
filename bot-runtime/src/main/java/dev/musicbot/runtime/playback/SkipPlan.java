package dev.musicbot.runtime.playback;

import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SkipSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stretches of one track to skip, merged: overlapping segments, and segments less than {@link #MERGE_GAP_MILLIS}
 * apart, become one span (one seek, one notice). Which spans were announced and sought lives here too; only the
 * audio thread changes that.
 */
final class SkipPlan {
    /** Segments closer than this are skipped as one: a jump back into music for a moment is worse than losing it. */
    static final long MERGE_GAP_MILLIS = 1000;

    /** How often a span is sought past before its frames are only dropped (a seek that lands short of its end). */
    static final int MAX_SEEKS = 3;

    /**
     * One merged stretch.
     *
     * @param startMillis where it starts
     * @param endMillis where it ends
     * @param categories what it contains
     */
    record Span(long startMillis, long endMillis, Set<SegmentCategory> categories) {
        Span {
            categories = Set.copyOf(categories);
        }
    }

    private final List<Span> spans;
    private final boolean[] announced;
    private final int[] seeks;
    private final long[] lastDropped;

    private SkipPlan(List<Span> spans) {
        this.spans = List.copyOf(spans);
        this.announced = new boolean[spans.size()];
        this.seeks = new int[spans.size()];
        this.lastDropped = new long[spans.size()];
        java.util.Arrays.fill(lastDropped, -1);
    }

    static SkipPlan of(List<SkipSegment> segments) {
        return new SkipPlan(merge(segments));
    }

    /** Sorts and merges segments into spans. */
    static List<Span> merge(List<SkipSegment> segments) {
        List<SkipSegment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparing(SkipSegment::start));
        List<Span> spans = new ArrayList<>();
        long start = -1;
        long end = -1;
        Set<SegmentCategory> categories = EnumSet.noneOf(SegmentCategory.class);
        for (SkipSegment segment : sorted) {
            long s = segment.start().toMillis();
            long e = segment.end().toMillis();
            if (start >= 0 && s <= end + MERGE_GAP_MILLIS) {
                end = Math.max(end, e);
            } else {
                if (start >= 0) {
                    spans.add(new Span(start, end, categories));
                }
                start = s;
                end = e;
                categories = EnumSet.noneOf(SegmentCategory.class);
            }
            categories.add(segment.category());
        }
        if (start >= 0) {
            spans.add(new Span(start, end, categories));
        }
        return spans;
    }

    List<Span> spans() {
        return spans;
    }

    /**
     * The span a frame starting at {@code timecodeMillis} may hold audio of, if any: one that overlaps it, or the
     * frame right after it, since a codec's delay (Opus: 6.5 ms) puts the end of one stretch into the next frame.
     *
     * @return its index, or -1
     */
    int indexAt(long timecodeMillis, long frameMillis) {
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (timecodeMillis + frameMillis > span.startMillis() && timecodeMillis < span.endMillis() + frameMillis) {
                return i;
            }
        }
        return -1;
    }

    /** Marks the span announced; true the first time. */
    boolean announce(int index) {
        boolean first = !announced[index];
        announced[index] = true;
        return first;
    }

    /**
     * Records a dropped frame of a span and says whether to seek past it now: on its first frame, and again when
     * playback went back into it (a repeat, a seek back), at most {@link #MAX_SEEKS} times.
     */
    boolean shouldSeek(int index, long timecodeMillis) {
        long previous = lastDropped[index];
        lastDropped[index] = timecodeMillis;
        if ((previous < 0 || timecodeMillis < previous) && seeks[index] < MAX_SEEKS) {
            seeks[index]++;
            return true;
        }
        return false;
    }
}
