package dev.musicbot.runtime.state;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guild's queue as it was when saved, enough to rejoin the voice channel and carry on after a restart.
 *
 * @param voiceChannelId the voice channel the bot was in
 * @param textChannelId the text channel where it announces tracks
 * @param current the track that was playing, or {@code null} if none
 * @param positionMillis how far into {@code current} playback had got, zero or more
 * @param paused whether playback was paused
 * @param upcoming the tracks after the current one, in play order
 * @param savedAt when the snapshot was taken
 */
public record QueueSnapshot(
        long voiceChannelId,
        long textChannelId,
        @Nullable SnapshotTrack current,
        long positionMillis,
        boolean paused,
        List<SnapshotTrack> upcoming,
        Instant savedAt) {

    /** Validates the fields and copies the list. */
    public QueueSnapshot {
        if (voiceChannelId <= 0 || textChannelId <= 0) {
            throw new IllegalArgumentException(
                    "channel ids must be positive: voice " + voiceChannelId + ", text " + textChannelId);
        }
        if (positionMillis < 0) {
            throw new IllegalArgumentException("position must not be negative: " + positionMillis);
        }
        upcoming = List.copyOf(upcoming);
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
