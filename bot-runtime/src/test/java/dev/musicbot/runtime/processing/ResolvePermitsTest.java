package dev.musicbot.runtime.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared limit on resolutions: workers and direct loads alike, nested loads never waiting for themselves. */
class ResolvePermitsTest {

    @Test
    void aResolutionThatLoadsAgainOnItsThreadDoesNotWaitForItself() throws Exception {
        ResolvePermits permits = new ResolvePermits(1);
        String nested = CompletableFuture.supplyAsync(() -> {
                    try {
                        return permits.run(() -> {
                            try {
                                return permits.run(() -> "inner");
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(5, TimeUnit.SECONDS);
        assertThat(nested).isEqualTo("inner");
        assertThat(permits.available()).isEqualTo(1);
    }

    @Test
    void noMoreThanTheLimitRunAtOnce() throws Exception {
        ResolvePermits permits = new ResolvePermits(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(8);
        for (int i = 0; i < 8; i++) {
            Thread.ofVirtual().start(() -> {
                try {
                    permits.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(30);
                        running.decrementAndGet();
                        return null;
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void directLoadsLeaveOnePermitToTheWorkers() throws Exception {
        ResolvePermits permits = new ResolvePermits(3);
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            Thread.ofVirtual().start(() -> {
                try {
                    permits.runDirect(() -> {
                        holding.countDown();
                        awaitQuietly(release);
                        return null;
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        String worker = CompletableFuture.supplyAsync(() -> {
                    try {
                        return permits.run(() -> "ran");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(5, TimeUnit.SECONDS);
        assertThat(worker).isEqualTo("ran");
        release.countDown();
    }

    @Test
    void aWaitNobodyWantsAnyMoreEndsWhenInterrupted() throws Exception {
        ResolvePermits permits = new ResolvePermits(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> {
            try {
                permits.run(() -> {
                    holding.countDown();
                    awaitQuietly(release);
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> permits.run(() -> "never")).isInstanceOf(InterruptedException.class);
        release.countDown();
        holder.join();
        assertThat(permits.available()).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
