package dev.musicbot.ytdlp;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bot-wide limit on external programs running at once (yt-dlp lookups and ffmpeg transcodes alike): each
 * run takes a slot before it starts and gives it back when the program has ended. The slots are the runtime's
 * ({@code PluginContext.processPermits()}, {@code tuning.max-processes} of them), handed over by each plugin
 * that starts programs, so they are shared even though each plugin file carries its own copy of this class;
 * until a plugin hands them over, the limit is the processor count, at least 2.
 */
public final class ProcessSlots {
    private static volatile Semaphore slots =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private static volatile int limit = slots.availablePermits();

    private ProcessSlots() {}

    /** A slot held by one running program; closing it frees the slot (once). */
    public static final class Slot implements AutoCloseable {
        private final Semaphore from;
        private boolean closed;

        private Slot(Semaphore from) {
            this.from = from;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                from.release();
            }
        }
    }

    /**
     * Uses the runtime's permits (at plugin start), shared with every other plugin. Programs running on the
     * previous slots finish on them.
     *
     * @param permits {@code PluginContext.processPermits()}
     * @param programs their number, {@code PluginContext.processLimit()}
     */
    public static synchronized void use(Semaphore permits, int programs) {
        slots = permits;
        limit = Math.max(1, programs);
    }

    /**
     * Sets the limit with slots of this copy's own (tests). Programs running under the previous limit finish under it.
     *
     * @param programs how many may run at once, at least 1
     */
    public static synchronized void limit(int programs) {
        int wanted = Math.max(1, programs);
        if (wanted != limit) {
            slots = new Semaphore(wanted, true);
            limit = wanted;
        }
    }

    /** The current limit. */
    public static int limit() {
        return limit;
    }

    /**
     * Waits for a free slot.
     *
     * @param patience how long to wait
     * @return the slot, or {@code null} if none came free in time
     * @throws InterruptedException if the caller was interrupted while waiting
     */
    public static Slot acquire(Duration patience) throws InterruptedException {
        Semaphore current = slots;
        return current.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS) ? new Slot(current) : null;
    }
}
