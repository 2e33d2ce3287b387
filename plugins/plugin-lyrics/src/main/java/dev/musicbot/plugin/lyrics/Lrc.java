package dev.musicbot.plugin.lyrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads LRC, the synced-lyrics format LRCLIB serves: lines such as {@code [01:02.50]words}, a line may carry several
 * time tags, {@code [offset:+250]} shifts every line (positive: earlier), other {@code [tag:value]} lines are
 * metadata and skipped, as is anything that does not parse.
 */
final class Lrc {
    private static final Pattern TIME = Pattern.compile("\\[(\\d{1,3}):(\\d{1,2})(?:[.:](\\d{1,3}))?]");
    private static final Pattern OFFSET = Pattern.compile("\\[offset:\\s*([+-]?\\d+)\\s*]", Pattern.CASE_INSENSITIVE);

    private Lrc() {}

    /** The timed lines, in time order; empty if the text has none. */
    static List<LrcLine> parse(String lrc) {
        long offsetMillis = 0;
        List<LrcLine> lines = new ArrayList<>();
        for (String raw : lrc.split("\\R")) {
            Matcher offset = OFFSET.matcher(raw.strip());
            if (offset.matches()) {
                offsetMillis = Long.parseLong(offset.group(1));
                continue;
            }
            readLine(raw, lines);
        }
        long shift = offsetMillis;
        return lines.stream()
                .map(l -> new LrcLine(nonNegative(l.at().minusMillis(shift)), l.text()))
                .sorted(Comparator.comparing(LrcLine::at))
                .toList();
    }

    private static void readLine(String raw, List<LrcLine> into) {
        Matcher tag = TIME.matcher(raw);
        List<Duration> times = new ArrayList<>();
        int end = 0;
        while (tag.find(end) && tag.start() == end) {
            times.add(time(tag));
            end = tag.end();
        }
        String text = raw.substring(end).strip();
        times.forEach(at -> into.add(new LrcLine(at, text)));
    }

    private static Duration time(Matcher tag) {
        long millis = Long.parseLong(tag.group(1)) * 60_000 + Long.parseLong(tag.group(2)) * 1000;
        String fraction = tag.group(3);
        if (fraction != null) {
            // "5" is tenths, "50" hundredths, "500" thousandths
            millis += Long.parseLong((fraction + "00").substring(0, 3));
        }
        return Duration.ofMillis(millis);
    }

    private static Duration nonNegative(Duration at) {
        return at.isNegative() ? Duration.ZERO : at;
    }

    /** The words without time tags, one line each (instrumental gaps become blank lines). */
    static String text(List<LrcLine> lines) {
        return lines.stream()
                .map(LrcLine::text)
                .collect(Collectors.joining("\n"))
                .strip();
    }

    /** The index of the line sung at {@code position}: the last that started; -1 before the first. */
    static int lineAt(List<LrcLine> lines, Duration position) {
        int found = -1;
        for (int i = 0; i < lines.size() && lines.get(i).at().compareTo(position) <= 0; i++) {
            found = i;
        }
        return found;
    }
}
