package dev.musicbot.plugin.spotify;

import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Picks the upload that best stands for a Spotify track among search results. Pure: no I/O, no state.
 *
 * <p>An upload is rejected if its length differs by more than {@link #MAX_DRIFT}, if it is a stream, if it
 * has fewer than half of the title's words, or if no artist appears in its title or channel. Otherwise it
 * scores for title and artist words, a small length difference, and a "- Topic", VEVO or official
 * channel; each variant marker (live, cover, remix, sped up, ...) the Spotify title does not have costs so
 * much that a variant only wins when nothing plain is left, and only if it is otherwise near perfect.
 */
final class TrackMatcher {
    /** The largest length difference accepted. */
    static final Duration MAX_DRIFT = Duration.ofSeconds(15);

    private static final double TITLE_WEIGHT = 40;
    private static final double ARTIST_WEIGHT = 25;
    private static final double LENGTH_WEIGHT = 25;
    private static final double TOPIC_BONUS = 10;
    private static final double VEVO_BONUS = 8;
    private static final double OFFICIAL_BONUS = 5;
    private static final double VARIANT_PENALTY = 40;
    private static final double MIN_SCORE = 50;
    private static final double MIN_TITLE_COVERAGE = 0.5;
    private static final double MIN_ARTIST_MATCH = 0.5;
    private static final int MIN_COMPACT_ARTIST = 3;
    private static final List<String> VARIANTS = List.of(
            "live",
            "cover",
            "remix",
            "nightcore",
            "sped up",
            "speed up",
            "slowed",
            "reverb",
            "8d",
            "karaoke",
            "instrumental",
            "acoustic",
            "bass boosted");
    private static final Set<String> NOISE = Set.of(
            "official",
            "video",
            "audio",
            "music",
            "lyrics",
            "lyric",
            "hd",
            "hq",
            "4k",
            "visualizer",
            "visualiser",
            "mv",
            "clip",
            "topic",
            "feat",
            "ft",
            "featuring",
            "explicit",
            "remastered",
            "remaster",
            "version");

    /**
     * The best acceptable candidate; on equal scores the earlier (higher-ranked) one.
     *
     * @param wanted the Spotify track
     * @param candidates search results in rank order
     * @return the best candidate, or empty if none is acceptable
     */
    Optional<Track> best(SpotifyTrack wanted, List<Track> candidates) {
        @Nullable Track best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Track candidate : candidates) {
            OptionalDouble score = score(wanted, candidate.info());
            if (score.isPresent() && score.getAsDouble() > bestScore) {
                best = candidate;
                bestScore = score.getAsDouble();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How well a candidate stands for the track.
     *
     * @param wanted the Spotify track
     * @param candidate an upload
     * @return the score (higher is better), or empty if the candidate is rejected
     */
    OptionalDouble score(SpotifyTrack wanted, TrackInfo candidate) {
        Duration drift = wanted.length().minus(candidate.length()).abs();
        if (candidate.isStream() || (!wanted.length().isZero() && drift.compareTo(MAX_DRIFT) > 0)) {
            return OptionalDouble.empty();
        }
        double artist = artistMatch(wanted, candidate);
        double title = titleMatch(wanted, candidate);
        if (artist < MIN_ARTIST_MATCH || title < 0) {
            return OptionalDouble.empty();
        }
        double lengthFit = wanted.length().isZero() ? 0.5 : 1 - (double) drift.toMillis() / MAX_DRIFT.toMillis();
        double score = TITLE_WEIGHT * title
                + ARTIST_WEIGHT * artist
                + LENGTH_WEIGHT * lengthFit
                + channelBonus(candidate)
                - VARIANT_PENALTY * unrequestedVariants(wanted, candidate);
        return score >= MIN_SCORE ? OptionalDouble.of(score) : OptionalDouble.empty();
    }

    /** 0.7 x coverage of the title's words + 0.3 x share of the upload's other words that are title words. */
    private static double titleMatch(SpotifyTrack wanted, TrackInfo candidate) {
        List<String> want = titleWords(wanted.title());
        Set<String> have = new HashSet<>(Words.tokens(Words.withoutBracketedCredits(candidate.title())));
        double coverage = want.isEmpty()
                ? 1
                : (double) want.stream().filter(have::contains).count() / want.size();
        if (coverage < MIN_TITLE_COVERAGE) {
            return -1;
        }
        have.removeAll(NOISE);
        wanted.artists().forEach(a -> Words.tokens(a).forEach(have::remove));
        double precision = have.isEmpty()
                ? 1
                : (double) have.stream().filter(want::contains).count() / have.size();
        return 0.7 * coverage + 0.3 * precision;
    }

    private static List<String> titleWords(String title) {
        List<String> bare = Words.tokens(Words.bareTitle(title));
        return bare.isEmpty() ? Words.tokens(title) : bare;
    }

    /** The best match of any Spotify artist in the upload's title and channel, 0 to 1. */
    private static double artistMatch(SpotifyTrack wanted, TrackInfo candidate) {
        if (wanted.artists().isEmpty()) {
            return 1;
        }
        String haystack = candidate.title() + " " + candidate.author();
        String compactHaystack = Words.compact(haystack);
        Set<String> words = Set.copyOf(Words.tokens(haystack));
        double best = 0;
        for (String artist : wanted.artists()) {
            String compact = Words.compact(artist);
            List<String> tokens = Words.tokens(artist);
            double match = compact.length() >= MIN_COMPACT_ARTIST && compactHaystack.contains(compact)
                    ? 1
                    : tokens.isEmpty()
                            ? 0
                            : (double) tokens.stream().filter(words::contains).count() / tokens.size();
            best = Math.max(best, match);
        }
        return best;
    }

    private static double channelBonus(TrackInfo candidate) {
        String channel = candidate.author().strip().toLowerCase(Locale.ROOT);
        double bonus = channel.endsWith("- topic") ? TOPIC_BONUS : channel.contains("vevo") ? VEVO_BONUS : 0;
        boolean official = Words.tokens(candidate.title()).contains("official")
                || Words.tokens(candidate.author()).contains("official");
        return official ? bonus + OFFICIAL_BONUS : bonus;
    }

    /** How many variant markers (live, cover, ...) the upload's title has and the Spotify title lacks. */
    private static int unrequestedVariants(SpotifyTrack wanted, TrackInfo candidate) {
        String want = " " + Words.normalise(wanted.title()) + " ";
        String have = " " + Words.normalise(candidate.title()) + " ";
        int count = 0;
        for (String marker : VARIANTS) {
            String padded = " " + marker + " ";
            if (have.contains(padded) && !want.contains(padded)) {
                count++;
            }
        }
        return count;
    }
}
