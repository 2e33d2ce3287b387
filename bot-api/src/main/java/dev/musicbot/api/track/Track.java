package dev.musicbot.api.track;

import java.util.Objects;

/**
 * A playable track: what it is, where its audio comes from, and which resolver produced it.
 *
 * @param info what a listener sees
 * @param ref where the audio comes from
 * @param sourceId the {@code id()} of the resolver that produced it (for example {@code "youtube"})
 */
public record Track(TrackInfo info, PlaybackRef ref, String sourceId) {

    /** Validates the fields. */
    public Track {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
