package dev.musicbot.runtime.processing;

import dev.musicbot.api.UserId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each member's share of the shared processing queue. Past their share, a member's songs wait in the member's
 * own line and move to the shared queue one by one as theirs are taken, so one member's {@code /aplay} of a
 * thousand songs cannot fill the queue and make everyone else's {@code /play} answer "busy".
 *
 * @param <T> the queued task
 */
final class Shares<T> {
    private final int share;
    private final int lineLimit;
    private final Map<UserId, Integer> queued = new HashMap<>();
    private final Map<UserId, Deque<T>> lines = new HashMap<>();

    /**
     * @param share how many of one member's tasks the shared queue holds at once
     * @param lineLimit how many more may wait in the member's own line
     */
    Shares(int share, int lineLimit) {
        this.share = Math.max(1, share);
        this.lineLimit = Math.max(0, lineLimit);
    }

    /** What to do with a member's new task. */
    enum Admission {
        QUEUE,
        HELD,
        REFUSED
    }

    synchronized Admission admit(UserId member, T task) {
        int inQueue = queued.getOrDefault(member, 0);
        if (inQueue < share) {
            queued.put(member, inQueue + 1);
            return Admission.QUEUE;
        }
        Deque<T> line = lines.computeIfAbsent(member, m -> new ArrayDeque<>());
        if (line.size() >= lineLimit) {
            return Admission.REFUSED;
        }
        line.add(task);
        return Admission.HELD;
    }

    /** Empties every member's line (on close), returning what waited there. */
    synchronized java.util.List<T> drain() {
        java.util.List<T> all = new java.util.ArrayList<>();
        lines.values().forEach(all::addAll);
        lines.clear();
        queued.clear();
        return all;
    }

    /** A worker took one of the member's tasks off the shared queue: their next waiting task, if any, goes in. */
    synchronized Optional<T> taken(UserId member) {
        Deque<T> line = lines.get(member);
        T next = line == null ? null : line.poll();
        if (line != null && line.isEmpty()) {
            lines.remove(member);
        }
        if (next != null) {
            return Optional.of(next); // the member's count in the queue stays the same
        }
        queued.computeIfPresent(member, (m, n) -> n > 1 ? n - 1 : null);
        return Optional.empty();
    }
}
