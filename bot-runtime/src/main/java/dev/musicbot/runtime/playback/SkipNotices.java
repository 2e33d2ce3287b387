package dev.musicbot.runtime.playback;

import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The notices posted when a segment is skipped, as texts of the runtime's bundle. */
final class SkipNotices {
    private SkipNotices() {}

    /** For example {@code Skipped a sponsor segment (0:12-0:30).} or {@code Skipped an intro and sponsor segment}. */
    static Text skipped(Set<SegmentCategory> categories, long startMillis, long endMillis) {
        List<SegmentCategory> sorted = categories.stream().sorted().toList();
        // English needs "an" before a vowel; other languages ignore the flag
        int vowel = "aeiou".indexOf(sorted.getFirst().label().charAt(0)) >= 0 ? 1 : 0;
        return RuntimeMessages.text("segment.skipped", list(sorted), vowel, time(startMillis), time(endMillis));
    }

    /** "a", "a and b", "a, b and c", each category in the reader's language. */
    private static Text list(List<SegmentCategory> categories) {
        Text first = label(categories.getFirst());
        return switch (categories.size()) {
            case 1 -> RuntimeMessages.text("segment.list.one", first);
            case 2 -> RuntimeMessages.text("segment.list.two", first, label(categories.get(1)));
            default -> RuntimeMessages.text("segment.list.more", first, list(categories.subList(1, categories.size())));
        };
    }

    private static Text label(SegmentCategory category) {
        return RuntimeMessages.text("segment.category." + category.id());
    }

    static String time(long millis) {
        long seconds = millis / 1000;
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
