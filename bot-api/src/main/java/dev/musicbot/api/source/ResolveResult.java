package dev.musicbot.api.source;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.text.Text;
import dev.musicbot.api.track.Track;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link SourceResolver#resolve(TrackQuery)}. Consumers switch over it exhaustively.
 */
public sealed interface ResolveResult {

    /**
     * The track to play from this result: a link's track, a playlist's selected (or first) track, or the best
     * search hit.
     *
     * @return the track, or empty for {@link NoMatch} and {@link Failed}
     */
    default Optional<Track> playable() {
        return switch (this) {
            case Single single -> Optional.of(single.track());
            case SearchHits hits -> Optional.of(hits.tracks().getFirst());
            case Playlist playlist ->
                playlist.tracks().stream()
                        .skip(Math.max(0, playlist.selectedIndex()))
                        .findFirst();
            case NoMatch noMatch -> Optional.empty();
            case Failed failed -> Optional.empty();
        };
    }

    /**
     * Exactly one track (a direct link).
     *
     * @param track the track
     */
    record Single(Track track) implements ResolveResult {
        /** Validates the track. */
        public Single {
            Objects.requireNonNull(track, "track");
        }
    }

    /**
     * A playlist or album, in order.
     *
     * @param name the playlist's name as its source shows it
     * @param tracks the tracks, at least one
     * @param selectedIndex the track the link pointed at, or -1
     */
    record Playlist(String name, List<Track> tracks, int selectedIndex) implements ResolveResult {
        /** Validates and copies the fields. */
        public Playlist {
            Objects.requireNonNull(name, "name");
            tracks = List.copyOf(tracks);
            if (selectedIndex < -1 || selectedIndex >= tracks.size()) {
                throw new IllegalArgumentException("selectedIndex out of range: " + selectedIndex);
            }
        }
    }

    /**
     * Search results, best first. The runtime plays the first and may offer the rest.
     *
     * @param tracks the hits, at least one
     */
    record SearchHits(List<Track> tracks) implements ResolveResult {
        /** Validates and copies the hits. */
        public SearchHits {
            tracks = List.copyOf(tracks);
            if (tracks.isEmpty()) {
                throw new IllegalArgumentException("no hits: return NoMatch instead");
            }
        }
    }

    /**
     * The resolver understood the query but found nothing.
     *
     * @param reason a short user-facing explanation (in English when {@code text} is given)
     * @param text the explanation in the reader's language, or {@code null} for a reason in one language only
     */
    record NoMatch(String reason, @Nullable Text text) implements ResolveResult {
        /** Validates the reason. */
        public NoMatch {
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * A reason in one language.
         *
         * @param reason a short user-facing explanation
         */
        public NoMatch(String reason) {
            this(reason, null);
        }

        /**
         * A reason the runtime shows in the reader's language.
         *
         * @param text a short user-facing explanation
         */
        public NoMatch(Text text) {
            this(text.toString(), text);
        }

        /**
         * The reason in the reader's language.
         *
         * @param locale the reader's language
         * @return the explanation
         */
        public String reason(Locale locale) {
            return text == null ? reason : text.in(locale);
        }

        /**
         * Two results are equal when their English reasons are: the text is only how the reason is shown.
         *
         * @param other the other object
         * @return whether it is a no-match with the same reason
         */
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof NoMatch that && reason.equals(that.reason);
        }

        @Override
        public int hashCode() {
            return reason.hashCode();
        }

        @Override
        public String toString() {
            return "NoMatch[reason=" + reason + "]";
        }
    }

    /**
     * Resolution failed; the message is shown to the user.
     *
     * @param error the failure
     */
    record Failed(UserFacingException error) implements ResolveResult {
        /** Validates the error. */
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
