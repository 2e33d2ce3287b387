package dev.musicbot.api.track;

import java.util.List;
import java.util.Objects;

/**
 * Where the audio of a track comes from, as the runtime's audio engine sees it.
 *
 * <p>Never a short-lived stream URL: those expire, so they are resolved at play time.
 */
public sealed interface PlaybackRef {

    /**
     * An identifier the audio engine loads directly (an HTTP URL, or an identifier that a contributed
     * audio source understands).
     *
     * @param identifier the identifier, never blank
     */
    record Engine(String identifier) implements PlaybackRef {
        /** Validates the identifier. */
        public Engine {
            Objects.requireNonNull(identifier, "identifier");
            if (identifier.isBlank()) {
                throw new IllegalArgumentException("identifier must not be blank");
            }
        }
    }

    /**
     * Resolved only when the track is about to play: the runtime tries each query in order through the
     * registered resolvers and plays the first hit (how a Spotify track is mirrored to YouTube).
     *
     * @param candidates queries to try in order, at least one
     */
    record Deferred(List<String> candidates) implements PlaybackRef {
        /** Validates and copies the candidates. */
        public Deferred {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("a deferred track needs at least one candidate query");
            }
        }
    }
}
