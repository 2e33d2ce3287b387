package dev.musicbot.runtime.command;

import dev.musicbot.api.GuildId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The playlist loads running in the background per guild, so that {@code /stop} and {@code /leave} (and their
 * buttons) cancel what is still loading: its lookups waiting for a worker are dropped and the ones running are
 * stopped, at once rather than after the song being waited for.
 */
final class BackgroundLoads {
    private final Map<GuildId, Set<Handle>> running = new ConcurrentHashMap<>();

    /** A running load: cancelled once, by whoever gets there first. */
    static final class Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Future<?>> lookups = new CopyOnWriteArrayList<>();

        boolean cancelled() {
            return cancelled.get();
        }

        /** Lookups that stop with the load: waiting ones are dropped, running ones interrupted. */
        void track(List<? extends Future<?>> pending) {
            lookups.addAll(pending);
            if (cancelled()) {
                cancelLookups();
            }
        }

        private void cancelLookups() {
            lookups.forEach(lookup -> lookup.cancel(true));
        }
    }

    Handle begin(GuildId guild) {
        Handle handle = new Handle();
        running.computeIfAbsent(guild, g -> ConcurrentHashMap.newKeySet()).add(handle);
        return handle;
    }

    void end(GuildId guild, Handle handle) {
        running.computeIfPresent(guild, (g, set) -> {
            set.remove(handle);
            return set.isEmpty() ? null : set;
        });
    }

    /** Cancels every load of the guild; returns how many were running. */
    int cancel(GuildId guild) {
        Set<Handle> handles = running.remove(guild);
        if (handles == null) {
            return 0;
        }
        handles.forEach(h -> {
            h.cancelled.set(true);
            h.cancelLookups();
        });
        return handles.size();
    }
}
