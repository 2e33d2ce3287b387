package dev.musicbot.runtime.playback;

import dev.musicbot.api.playback.SegmentCategory;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The notices posted when a segment is skipped; all their text is here. */
final class SkipNotices {
    private static final String SKIPPED = "Skipped %s %s segment (%s-%s).";

    private SkipNotices() {}

    /** For example {@code Skipped a sponsor segment (0:12-0:30).} or {@code Skipped an intro and sponsor segment}. */
    static String skipped(Set<SegmentCategory> categories, long startMillis, long endMillis) {
        List<String> labels =
                categories.stream().sorted().map(SegmentCategory::label).toList();
        String what = labels.size() == 1
                ? labels.getFirst()
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.getLast();
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an" : "a";
        return String.format(Locale.ROOT, SKIPPED, article, what, time(startMillis), time(endMillis));
    }

    static String time(long millis) {
        long seconds = millis / 1000;
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
