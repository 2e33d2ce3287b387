package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.GuildId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** At most one live-lyrics message per guild: a new one replaces the old, so edits never pile up. */
final class LiveSessions {
    private final ScheduledExecutorService scheduler;
    private final Map<GuildId, LiveFollower> live = new ConcurrentHashMap<>();

    LiveSessions(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void start(GuildId guild, LiveFollower follower) {
        LiveFollower previous = live.put(guild, follower);
        if (previous != null) {
            // off this thread: the old view may be waiting out a rate limit
            Thread.ofVirtual().name("lyrics-live-end").start(previous::end);
        }
        long tick = LiveFollower.TICK.toMillis();
        follower.runAs(scheduler.scheduleWithFixedDelay(follower, 0, tick, TimeUnit.MILLISECONDS));
        live.values().removeIf(LiveFollower::done);
    }

    void stopAll() {
        live.values().forEach(LiveFollower::cancel);
        live.clear();
    }
}
