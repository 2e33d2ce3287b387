package dev.musicbot.runtime.playback;

import dev.musicbot.api.UserId;
import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.playback.RepeatMode;
import dev.musicbot.api.playback.TrackEndReason;
import dev.musicbot.api.text.Text;
import dev.musicbot.runtime.command.RuntimeMessages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * One guild's tracklist: the current track, the queue after it, the history before it, and the repeat mode.
 * Pure state with no I/O, so its lock is never held while anything else is waited for: any thread may read it,
 * the player's {@link PlayerLane} alone changes it. Positions are 1-based, as users see them.
 */
final class Tracklist {
    static final int HISTORY_LIMIT = 50;

    private final int maxLength;
    private final int maxPerUser;
    private final List<QueuedTrack> upcoming = new ArrayList<>();
    private final Deque<QueuedTrack> history = new ArrayDeque<>();
    private @Nullable QueuedTrack current;
    private RepeatMode repeat = RepeatMode.OFF;

    /**
     * Creates an empty tracklist.
     *
     * @param maxLength the most tracks the queue may hold (not counting the current one)
     * @param maxPerUser the most queued tracks one member may have, or {@code maxLength} for no share limit
     */
    Tracklist(int maxLength, int maxPerUser) {
        this.maxLength = maxLength;
        this.maxPerUser = maxPerUser;
    }

    /** The outcome of {@link #add}. */
    sealed interface Added {
        /** The list was idle: the track is now current and should start. */
        record Started(QueuedTrack track) implements Added {}

        /** Queued at a 1-based position. */
        record Queued(QueuedTrack track, int position) implements Added {}

        /** Not queued, with the reason for the user. */
        record Refused(Text reason) implements Added {}
    }

    synchronized Added add(QueuedTrack track) {
        return insert(track, upcoming.size() + 1);
    }

    /** Like {@link #add}, but at a 1-based queue position (past the end means at the end). */
    synchronized Added insert(QueuedTrack track, int position) {
        if (current == null) {
            current = track;
            return new Added.Started(track);
        }
        if (upcoming.size() >= maxLength) {
            return new Added.Refused(RuntimeMessages.text("queue.full", maxLength));
        }
        if (countBy(track.requester()) >= maxPerUser) {
            return new Added.Refused(RuntimeMessages.text("queue.per-user", maxPerUser));
        }
        int at = Math.clamp(position, 1, upcoming.size() + 1);
        upcoming.add(at - 1, track);
        return new Added.Queued(track, at);
    }

    private long countBy(UserId user) {
        return upcoming.stream().filter(t -> t.requester().equals(user)).count();
    }

    /**
     * The current track ended: decides what is current next.
     *
     * <p>{@link RepeatMode#TRACK} replays a track that finished, but a skip or a failure moves on (a failing
     * track would otherwise loop forever). {@link RepeatMode#QUEUE} puts the ended track at the end of the
     * queue. Otherwise it goes to the history.
     *
     * @return the track to play now, or empty when the list is done
     */
    synchronized Optional<QueuedTrack> advance(TrackEndReason reason) {
        QueuedTrack ended = current;
        if (ended == null) {
            return Optional.empty();
        }
        if (reason == TrackEndReason.FINISHED && repeat == RepeatMode.TRACK) {
            return Optional.of(ended);
        }
        if (repeat == RepeatMode.QUEUE && reason != TrackEndReason.FAILED) {
            upcoming.add(ended);
        }
        remember(ended);
        current = upcoming.isEmpty() ? null : upcoming.removeFirst();
        return Optional.ofNullable(current);
    }

    /**
     * Skips to a 1-based queue position: the current track and the tracks before the position are skipped
     * too, in that order (and, repeating the queue, wrap to its end in that order).
     *
     * @return the new current track, or empty if the position does not exist
     */
    synchronized Optional<QueuedTrack> skipTo(int position) {
        if (position < 1 || position > upcoming.size()) {
            return Optional.empty();
        }
        if (current != null) {
            skip(current);
        }
        for (int i = 1; i < position; i++) {
            skip(upcoming.removeFirst());
        }
        current = upcoming.removeFirst();
        return Optional.of(current);
    }

    private void skip(QueuedTrack skipped) {
        if (repeat == RepeatMode.QUEUE) {
            upcoming.add(skipped);
        }
        remember(skipped);
    }

    /**
     * Goes back to the track that played before the current one; the current one becomes next in the queue.
     *
     * @return the track to play now, or empty if there is no history
     */
    synchronized Optional<QueuedTrack> previous() {
        QueuedTrack last = history.pollLast();
        if (last == null) {
            return Optional.empty();
        }
        if (current != null) {
            upcoming.addFirst(current);
            // Repeating the queue put it at the end when it ended; with a single track, that copy is the
            // current one, just put back at index 0.
            int wrapped = repeat == RepeatMode.QUEUE ? upcoming.lastIndexOf(last) : -1;
            if (wrapped >= 0) {
                upcoming.remove(wrapped);
            }
        }
        current = last;
        return Optional.of(last);
    }

    private void remember(QueuedTrack track) {
        history.addLast(track);
        while (history.size() > HISTORY_LIMIT) {
            history.removeFirst();
        }
    }

    /** Removes the track at a 1-based queue position. */
    synchronized Optional<QueuedTrack> remove(int position) {
        if (position < 1 || position > upcoming.size()) {
            return Optional.empty();
        }
        return Optional.of(upcoming.remove(position - 1));
    }

    /** Moves a track from one 1-based queue position to another. */
    synchronized boolean move(int from, int to) {
        if (from < 1 || from > upcoming.size() || to < 1 || to > upcoming.size()) {
            return false;
        }
        upcoming.add(to - 1, upcoming.remove(from - 1));
        return true;
    }

    /** Shuffles the queue (not the current track): every track stays exactly once. */
    synchronized void shuffle(RandomGenerator random) {
        for (int i = upcoming.size() - 1; i > 0; i--) {
            Collections.swap(upcoming, i, random.nextInt(i + 1));
        }
    }

    /** Empties the queue; the current track plays on. */
    synchronized int clear() {
        int count = upcoming.size();
        upcoming.clear();
        return count;
    }

    /** Stops: no current track and an empty queue (the history stays). */
    synchronized void stop() {
        if (current != null) {
            remember(current);
        }
        current = null;
        upcoming.clear();
    }

    synchronized Optional<QueuedTrack> current() {
        return Optional.ofNullable(current);
    }

    /** The current track and the queue, read together (for the saved state). */
    synchronized Contents contents() {
        return new Contents(Optional.ofNullable(current), List.copyOf(upcoming));
    }

    /** What {@link #contents} returns. */
    record Contents(Optional<QueuedTrack> current, List<QueuedTrack> upcoming) {}

    synchronized List<QueuedTrack> upcoming() {
        return List.copyOf(upcoming);
    }

    synchronized List<QueuedTrack> history() {
        return List.copyOf(history);
    }

    synchronized RepeatMode repeat() {
        return repeat;
    }

    synchronized void setRepeat(RepeatMode mode) {
        this.repeat = mode;
    }
}
