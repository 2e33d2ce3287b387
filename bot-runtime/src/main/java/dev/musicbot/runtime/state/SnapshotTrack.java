package dev.musicbot.runtime.state;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A queued track as stored: flat, so the file stays readable and stable whatever the API types become.
 *
 * <p>Exactly one of {@code engineIdentifier} and {@code deferredCandidates} is set: the first for a {@link
 * PlaybackRef.Engine}, the second (non-empty) for a {@link PlaybackRef.Deferred}. The ISRC of the track is not
 * kept; a deferred track's candidates already carry what the mirror needs.
 *
 * @param title the title, never blank
 * @param author the artist, channel or uploader; empty when unknown
 * @param lengthMillis the duration, or zero for a stream
 * @param uri the page a user can open, or {@code null}
 * @param artworkUrl a thumbnail, or {@code null}
 * @param sourceId the id of the resolver that produced the track
 * @param engineIdentifier what the audio engine loads, or {@code null} for a deferred track
 * @param deferredCandidates the queries to try at play time, or empty for an engine track
 * @param requesterId the snowflake of the member who queued the track
 */
public record SnapshotTrack(
        String title,
        String author,
        long lengthMillis,
        @Nullable String uri,
        @Nullable String artworkUrl,
        String sourceId,
        @Nullable String engineIdentifier,
        List<String> deferredCandidates,
        long requesterId) {

    /** Validates the fields so that {@link #toQueuedTrack()} cannot fail, and copies the list. */
    public SnapshotTrack {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(sourceId, "sourceId");
        deferredCandidates = List.copyOf(deferredCandidates);
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (lengthMillis < 0) {
            throw new IllegalArgumentException("length must not be negative: " + lengthMillis);
        }
        if ((engineIdentifier == null) == deferredCandidates.isEmpty()) {
            throw new IllegalArgumentException("exactly one of engineIdentifier and deferredCandidates must be set");
        }
        if (engineIdentifier != null && engineIdentifier.isBlank()) {
            throw new IllegalArgumentException("engineIdentifier must not be blank");
        }
        if (requesterId <= 0) {
            throw new IllegalArgumentException("requester id must be positive: " + requesterId);
        }
    }

    /**
     * Flattens a queued track.
     *
     * @param queued the track
     * @return the snapshot of it
     */
    public static SnapshotTrack from(QueuedTrack queued) {
        Track track = queued.track();
        TrackInfo info = track.info();
        String engine = null;
        List<String> candidates = List.of();
        switch (track.ref()) {
            case PlaybackRef.Engine e -> engine = e.identifier();
            case PlaybackRef.Deferred d -> candidates = d.candidates();
        }
        return new SnapshotTrack(
                info.title(),
                info.author(),
                info.length().toMillis(),
                info.uri(),
                info.artworkUrl(),
                track.sourceId(),
                engine,
                candidates,
                queued.requester().value());
    }

    /**
     * Rebuilds the queued track.
     *
     * @return the track, with no ISRC
     */
    public QueuedTrack toQueuedTrack() {
        TrackInfo info = new TrackInfo(title, author, Duration.ofMillis(lengthMillis), uri, artworkUrl, null);
        PlaybackRef ref = engineIdentifier != null
                ? new PlaybackRef.Engine(engineIdentifier)
                : new PlaybackRef.Deferred(deferredCandidates);
        return new QueuedTrack(new Track(info, ref, sourceId), new UserId(requesterId));
    }
}
