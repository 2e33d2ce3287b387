package dev.musicbot.runtime.processing;

import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import dev.musicbot.api.UserId;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.LoadState;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import dev.musicbot.runtime.command.RuntimeMessages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded priority queue of {@link Song}s and a fixed pool of workers (sized by the platform profile). Higher
 * priorities first, then submission order. Each member may fill a quarter of the queue; more of theirs wait in
 * their own line ({@link Shares}). A worker never dies of a resolver's exception. Cancelling a song's future
 * drops it if it waits, and interrupts its worker if it runs (yt-dlp is killed, nothing is retried).
 */
final class AsyncProcessor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AsyncProcessor.class);
    private static final Comparator<Task> ORDER =
            Comparator.comparing((Task t) -> t.song().priority()).reversed().thenComparingLong(Task::sequence);

    /** How a worker resolves a song; the song's transitions are the caller's to make. */
    @FunctionalInterface
    interface Resolution {
        ResolveResult resolve(TrackQuery query, @Nullable Song song) throws InterruptedException;
    }

    private final PriorityBlockingQueue<Task> queue = new PriorityBlockingQueue<>(64, ORDER);
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger busy = new AtomicInteger();
    private final int capacity;
    private final Shares<Task> shares;
    private final Resolution resolution;
    private final List<Thread> workers = new ArrayList<>();
    private final Timer processing;
    private final Timer waiting;
    private final MeterRegistry meters;
    private volatile boolean closed;

    AsyncProcessor(int workerCount, int capacity, Resolution resolution, MeterRegistry meters) {
        this.capacity = Math.max(1, capacity);
        this.shares = new Shares<>(this.capacity / 4, this.capacity);
        this.resolution = resolution;
        this.meters = meters;
        this.processing = Timer.builder("musicbot.processing.duration")
                .description("Time a worker spends resolving one song, retries included")
                .register(meters);
        this.waiting = Timer.builder("musicbot.processing.wait")
                .description("Time a song waits in the queue for a worker")
                .register(meters);
        Gauge.builder("musicbot.processing.queue.depth", queue, PriorityBlockingQueue::size)
                .description("Songs waiting for a worker")
                .register(meters);
        Gauge.builder("musicbot.processing.workers.busy", busy, AtomicInteger::get)
                .description("Workers resolving a song right now")
                .register(meters);
        for (int i = 0; i < Math.max(1, workerCount); i++) {
            Counter done = Counter.builder("musicbot.processing.worker.tasks")
                    .description("Songs each worker has processed")
                    .tag("worker", String.valueOf(i))
                    .register(meters);
            workers.add(
                    Thread.ofPlatform().name("processing-worker-" + i).daemon().start(() -> work(done)));
        }
    }

    CompletableFuture<ResolveResult> submit(LoadRequest request) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the processor is closed"));
        }
        Song song = new Song(request);
        if (queue.size() >= capacity) {
            return busy(song);
        }
        Task task = new Task(
                song,
                sequence.incrementAndGet(),
                System.nanoTime(),
                new CompletableFuture<>(),
                new AtomicReference<>());
        task.result().whenComplete((result, error) -> {
            if (task.result().isCancelled()) {
                task.interruptRunner(); // nobody waits for it any more: stop the lookup (and its process)
            }
        });
        UserId member = request.requester();
        Shares.Admission admission = member == null ? Shares.Admission.QUEUE : shares.admit(member, task);
        switch (admission) {
            case QUEUE -> queue.add(task);
            case HELD -> {} // moves to the queue when one of the member's queued songs is taken
            case REFUSED -> {
                return busy(song);
            }
        }
        return task.result();
    }

    private CompletableFuture<ResolveResult> busy(Song song) {
        song.beginAttempt();
        ResolveResult busyNow = new ResolveResult.Failed(
                new UserFacingException(RuntimeMessages.text("source.busy", queue.size()), Severity.SUSPICIOUS));
        song.finish(busyNow);
        count(song);
        return CompletableFuture.completedFuture(busyNow);
    }

    boolean workersAlive() {
        return !closed && workers.stream().allMatch(Thread::isAlive);
    }

    private void work(Counter done) {
        while (!closed) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                continue; // closing, or a cancellation that came just after its task ended
            }
            task.song().requester().flatMap(shares::taken).ifPresent(queue::add);
            if (task.result().isDone()) {
                continue; // cancelled while it waited
            }
            busy.incrementAndGet();
            task.runner().set(Thread.currentThread());
            try {
                if (!task.result().isDone()) {
                    ResolveResult result = run(task);
                    done.increment();
                    task.result().complete(result);
                }
            } catch (InterruptedException cancelled) {
                log.debug("{} was cancelled while it ran", task.song());
            } catch (RuntimeException | Error e) {
                log.error("Processing {} failed unexpectedly", task.song(), e);
                task.result().completeExceptionally(e);
            } finally {
                task.runner().set(null);
                Thread.interrupted(); // a cancellation's interrupt must not reach the next task
                busy.decrementAndGet();
            }
        }
    }

    private ResolveResult run(Task task) throws InterruptedException {
        Song song = task.song();
        waiting.record(System.nanoTime() - task.queuedAt(), java.util.concurrent.TimeUnit.NANOSECONDS);
        song.beginAttempt();
        Timer.Sample sample = Timer.start(meters);
        ResolveResult result;
        try {
            result = resolution.resolve(song.input(), song);
        } finally {
            sample.stop(processing);
        }
        song.finish(result);
        count(song);
        return result;
    }

    private void count(Song song) {
        meters.counter("musicbot.processing.tasks", "outcome", song.state() == LoadState.READY ? "ready" : "failed")
                .increment();
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        Task left;
        while ((left = queue.poll()) != null) {
            left.result().cancel(false);
        }
        shares.drain().forEach(held -> held.result().cancel(false));
    }

    private record Task(
            Song song,
            long sequence,
            long queuedAt,
            CompletableFuture<ResolveResult> result,
            AtomicReference<@Nullable Thread> runner) {
        void interruptRunner() {
            Thread thread = runner.get();
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
