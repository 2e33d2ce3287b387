package dev.musicbot.runtime.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.UserId;
import dev.musicbot.api.source.LoadPriority;
import dev.musicbot.api.source.LoadRequest;
import dev.musicbot.api.source.ResolveResult;
import dev.musicbot.api.source.TrackQuery;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker pool and its priority queue. */
class AsyncProcessorTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch blockerStarted = new CountDownLatch(1);
    private AsyncProcessor processor;

    private ResolveResult resolve(TrackQuery query, Song song) {
        if (query.input().equals("blocker")) {
            blockerStarted.countDown();
            await(gate);
        }
        if (query.input().equals("explode")) {
            throw new IllegalStateException("a bug in a resolver");
        }
        order.add(query.input());
        return new ResolveResult.Single(ScriptedResolver.track(query.input()));
    }

    @AfterEach
    void close() {
        processor.close();
    }

    @Test
    void higherPrioritiesRunFirstAndEqualOnesInSubmissionOrder() throws Exception {
        processor = new AsyncProcessor(1, 100, this::resolve, meters);
        CompletableFuture<ResolveResult> blocker = submit("blocker", LoadPriority.LOW);
        assertThat(blockerStarted.await(5, TimeUnit.SECONDS)).isTrue();

        List<CompletableFuture<ResolveResult>> all = List.of(
                submit("low-1", LoadPriority.LOW),
                submit("normal", LoadPriority.NORMAL),
                submit("low-2", LoadPriority.LOW),
                submit("urgent", LoadPriority.URGENT),
                submit("high", LoadPriority.HIGH));
        assertThat(meters.get("musicbot.processing.queue.depth").gauge().value())
                .isEqualTo(5.0);
        gate.countDown();
        blocker.get(5, TimeUnit.SECONDS);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

        assertThat(order).containsExactly("blocker", "urgent", "high", "normal", "low-1", "low-2");
    }

    @Test
    void aFullQueueRefusesPolitelyAndACancelledSongIsSkipped() throws Exception {
        processor = new AsyncProcessor(1, 2, this::resolve, meters);
        CompletableFuture<ResolveResult> blocker = submit("blocker", LoadPriority.LOW);
        assertThat(blockerStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ResolveResult> cancelled = submit("cancelled", LoadPriority.NORMAL);
        CompletableFuture<ResolveResult> kept = submit("kept", LoadPriority.NORMAL);

        ResolveResult refused = submit("one-too-many", LoadPriority.URGENT).get(1, TimeUnit.SECONDS);
        cancelled.cancel(false);
        gate.countDown();
        blocker.get(5, TimeUnit.SECONDS);
        kept.get(5, TimeUnit.SECONDS);

        assertThat(refused).isInstanceOfSatisfying(ResolveResult.Failed.class, f -> assertThat(
                        f.error().getMessage())
                .contains("busy"));
        assertThat(order).containsExactly("blocker", "kept");
    }

    @Test
    void aWorkerSurvivesAResolverBug() throws Exception {
        processor = new AsyncProcessor(1, 10, this::resolve, meters);
        gate.countDown();

        CompletableFuture<ResolveResult> broken = submit("explode", LoadPriority.NORMAL);
        ResolveResult after = submit("after", LoadPriority.NORMAL).get(5, TimeUnit.SECONDS);

        assertThat(broken).isCompletedExceptionally();
        assertThat(after).isInstanceOf(ResolveResult.Single.class);
        assertThat(processor.workersAlive()).isTrue();
    }

    @Test
    void workersRunInParallel() throws Exception {
        processor = new AsyncProcessor(2, 10, this::resolve, meters);
        CompletableFuture<ResolveResult> blocker = submit("blocker", LoadPriority.NORMAL);
        assertThat(blockerStarted.await(5, TimeUnit.SECONDS)).isTrue();

        ResolveResult other = submit("other", LoadPriority.NORMAL).get(5, TimeUnit.SECONDS);

        assertThat(other).isInstanceOf(ResolveResult.Single.class);
        assertThat(blocker).isNotDone();
        gate.countDown();
        assertThat(blocker.get(5, TimeUnit.SECONDS)).isInstanceOf(ResolveResult.Single.class);
    }

    @Test
    void oneMembersThousandSongsDoNotMakeAnotherMembersPlayBusy() throws Exception {
        processor = new AsyncProcessor(1, 8, this::resolve, meters);
        CompletableFuture<ResolveResult> blocker = submit("blocker", LoadPriority.LOW);
        assertThat(blockerStarted.await(5, TimeUnit.SECONDS)).isTrue();
        UserId flooder = new UserId(1);
        List<CompletableFuture<ResolveResult>> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            flood.add(processor.submit(LoadRequest.of(new TrackQuery("entry-" + i), LoadPriority.LOW, flooder)));
        }
        assertThat(meters.get("musicbot.processing.queue.depth").gauge().value())
                .as("a quarter of the queue, the rest waits in the member's line")
                .isEqualTo(2.0);

        CompletableFuture<ResolveResult> other =
                processor.submit(LoadRequest.of(new TrackQuery("other"), LoadPriority.URGENT, new UserId(2)));
        gate.countDown();
        blocker.get(5, TimeUnit.SECONDS);
        assertThat(other.get(5, TimeUnit.SECONDS)).isInstanceOf(ResolveResult.Single.class);
        for (CompletableFuture<ResolveResult> entry : flood) {
            assertThat(entry.get(5, TimeUnit.SECONDS)).isInstanceOf(ResolveResult.Single.class);
        }
        assertThat(order)
                .containsExactly(
                        "blocker", "other", "entry-0", "entry-1", "entry-2", "entry-3", "entry-4", "entry-5", "entry-6",
                        "entry-7");
    }

    @Test
    void cancellingARunningSongInterruptsItsWorkerAndTheNextSongIsNotInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        processor = new AsyncProcessor(
                1,
                10,
                (query, song) -> {
                    if (query.input().equals("slow")) {
                        blockerStarted.countDown();
                        try {
                            Thread.sleep(Duration.ofMinutes(1));
                        } catch (InterruptedException e) {
                            interrupted.countDown();
                            throw e;
                        }
                    }
                    Thread.sleep(50); // the next song sleeps too: a stray interrupt would end it
                    return resolve(query, song);
                },
                meters);
        CompletableFuture<ResolveResult> slow = submit("slow", LoadPriority.LOW);
        assertThat(blockerStarted.await(5, TimeUnit.SECONDS)).isTrue();

        slow.cancel(false);

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(submit("next", LoadPriority.LOW).get(5, TimeUnit.SECONDS)).isInstanceOf(ResolveResult.Single.class);
        assertThat(order).containsExactly("next");
    }

    private CompletableFuture<ResolveResult> submit(String query, LoadPriority priority) {
        return processor.submit(LoadRequest.of(new TrackQuery(query), priority, null));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
