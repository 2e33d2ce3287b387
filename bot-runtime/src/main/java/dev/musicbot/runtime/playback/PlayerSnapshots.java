package dev.musicbot.runtime.playback;

import dev.musicbot.api.ChannelId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.runtime.state.QueueSnapshot;
import dev.musicbot.runtime.state.SnapshotTrack;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A guild player's queue as it is saved (after every change and every few seconds while playing) and as it
 * resumes after a restart: the same voice channel, the same track at the same position, the rest of the queue.
 */
final class PlayerSnapshots {
    private final Tracklist tracks;
    private final TrackScheduler scheduler;
    private final PlayerAnnouncements announcements;

    PlayerSnapshots(Tracklist tracks, TrackScheduler scheduler, PlayerAnnouncements announcements) {
        this.tracks = tracks;
        this.scheduler = scheduler;
        this.announcements = announcements;
    }

    /** The queue to save while the bot is in {@code joined}, or null when it is in no voice channel (any thread). */
    @Nullable
    QueueSnapshot queue(@Nullable ChannelId joined) {
        if (joined == null) {
            return null;
        }
        ChannelId text = announcements.channel().orElse(joined);
        Tracklist.Contents contents = tracks.contents();
        return new QueueSnapshot(
                joined.value(),
                text.value(),
                contents.current().map(SnapshotTrack::from).orElse(null),
                contents.current().isPresent() ? scheduler.position().toMillis() : 0,
                scheduler.isPaused(),
                contents.upcoming().stream().map(SnapshotTrack::from).toList(),
                Instant.now());
    }

    /** Rejoins the saved channel through {@code join} and resumes the saved queue where it stopped (on the lane). */
    void restore(QueueSnapshot saved, Consumer<ChannelId> join) {
        announcements.announceIn(new ChannelId(saved.textChannelId()));
        join.accept(new ChannelId(saved.voiceChannelId()));
        if (saved.current() != null) {
            QueuedTrack resumed = saved.current().toQueuedTrack();
            scheduler.resumeAt(resumed, saved.positionMillis());
            scheduler.enqueue(resumed, Integer.MAX_VALUE);
            scheduler.setPaused(saved.paused());
            announcements.resumed(resumed);
        }
        saved.upcoming().forEach(t -> tracks.add(t.toQueuedTrack()));
    }
}
