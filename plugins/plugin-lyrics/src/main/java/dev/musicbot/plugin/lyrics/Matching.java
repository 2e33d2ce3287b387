package dev.musicbot.plugin.lyrics;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the search hit that is the song: with words, the title matching, and (when the track's length is known)
 * the closest length within {@link #TOLERANCE}; synced lyrics win a tie.
 */
final class Matching {
    /** How far LRCLIB's length may be from the track's: uploads add a second or two of silence or an intro. */
    static final Duration TOLERANCE = Duration.ofSeconds(4);

    private Matching() {}

    static Optional<Lyrics> best(List<Lyrics> candidates, SongQuery song, Duration length) {
        String title = SongQuery.fold(song.title());
        return candidates.stream()
                .filter(l -> l.hasWords() || l.instrumental())
                .filter(l -> titleFits(SongQuery.fold(l.title()), title))
                .filter(l -> length.isZero() || distance(l, length).compareTo(TOLERANCE) <= 0)
                .min(Comparator.comparing((Lyrics l) -> length.isZero() ? Duration.ZERO : distance(l, length))
                        .thenComparing(l -> !l.hasSynced()));
    }

    private static boolean titleFits(String candidate, String wanted) {
        return candidate.equals(wanted) || candidate.contains(wanted) || wanted.contains(candidate);
    }

    private static Duration distance(Lyrics lyrics, Duration length) {
        return lyrics.length().minus(length).abs();
    }
}
