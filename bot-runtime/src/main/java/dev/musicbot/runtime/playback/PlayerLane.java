package dev.musicbot.runtime.playback;

import dev.musicbot.api.GuildId;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of a guild's player on which every change happens, in order: commands, LavaPlayer's callbacks,
 * finished loads. It exists because LavaPlayer calls its listeners while holding its player's lock, and the
 * player's own calls ({@code startTrack}, {@code stopTrack}, {@code setPaused}) take that lock: a listener that
 * waited for our lock while a command held ours and waited for LavaPlayer's deadlocked the two. Now callbacks
 * only {@link #post} and return; commands {@link #call} and wait; nothing waits while holding a lock. A call made
 * from the lane itself runs inline.
 */
final class PlayerLane {
    private static final Logger log = LoggerFactory.getLogger(PlayerLane.class);

    private final GuildId guild;
    private final ExecutorService work;
    private volatile @Nullable Thread worker;

    PlayerLane(GuildId guild) {
        this.guild = guild;
        this.work = Executors.newSingleThreadExecutor(task -> {
            Thread thread = Thread.ofVirtual().name("player-" + guild).unstarted(task);
            worker = thread;
            return thread;
        });
    }

    /**
     * Runs {@code task} after the work queued before it, without waiting for it: for callbacks. Always queued, even
     * from the lane itself, so that work posted from inside a LavaPlayer call runs after that call returned.
     */
    void post(Runnable task) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Guild {}: player work failed", guild, e);
                }
            });
        } catch (RejectedExecutionException discarded) {
            log.debug("Guild {}: player work dropped, the player is discarded", guild);
        }
    }

    /** Runs {@code task} after the work queued before it and returns its result (or throws what it threw). */
    <T> T call(Supplier<T> task) {
        if (onLane()) {
            return task.get();
        }
        Future<T> result;
        try {
            result = work.submit(task::get);
        } catch (RejectedExecutionException discarded) {
            throw new IllegalStateException("the player of guild " + guild + " is discarded", discarded);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException cause -> throw cause;
                case Error cause -> throw cause;
                case null, default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the player of guild " + guild);
        }
    }

    /** Like {@link #call} for work with no result. */
    void run(Runnable task) {
        call(() -> {
            task.run();
            return Boolean.TRUE;
        });
    }

    private boolean onLane() {
        return Thread.currentThread() == worker;
    }

    /** Runs what was queued, then accepts nothing more. */
    void close() {
        work.shutdown();
    }
}
