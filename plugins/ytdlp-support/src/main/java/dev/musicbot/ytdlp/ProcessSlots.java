package dev.musicbot.ytdlp;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bot-wide limit on external programs running at once (yt-dlp lookups and ffmpeg transcodes alike): each
 * run takes a slot before it starts and gives it back when the program has ended. The limit is the runtime's
 * {@code tuning.max-processes} ({@code PluginContext.processLimit()}), set by the plugins that start programs;
 * until one does, it is the processor count, at least 2.
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
     * Sets the limit (at plugin start). Programs running under the previous limit finish under it.
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
