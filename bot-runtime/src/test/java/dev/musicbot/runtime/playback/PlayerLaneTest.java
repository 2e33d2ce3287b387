package dev.musicbot.runtime.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.musicbot.api.GuildId;
import dev.musicbot.api.Severity;
import dev.musicbot.api.UserFacingException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlayerLaneTest {
    private final PlayerLane lane = new PlayerLane(new GuildId(5));

    @AfterEach
    void close() {
        lane.close();
    }

    @Test
    void postsAndCallsRunInTheOrderTheyCame() {
        List<Integer> order = new CopyOnWriteArrayList<>();
        lane.post(() -> order.add(1));
        lane.post(() -> order.add(2));
        int three = lane.call(() -> {
            order.add(3);
            return 3;
        });
        assertEquals(3, three);
        assertEquals(List.of(1, 2, 3), order);
    }

    @Test
    void aPostNeverWaitsForBusyWork() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        lane.post(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        lane.post(() -> {});
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "posting returned at once");
        release.countDown();
        assertEquals("after", lane.call(() -> "after"));
    }

    @Test
    void aCallThrowsWhatItsWorkThrew() {
        UserFacingException refused = new UserFacingException("no", Severity.COMMON);
        UserFacingException thrown = assertThrows(
                UserFacingException.class,
                () -> lane.call(() -> {
                    throw refused;
                }));
        assertSame(refused, thrown);
        assertEquals("still works", lane.call(() -> "still works"), "the lane survives a failed task");
    }

    @Test
    void aCallFromTheLaneRunsInline() {
        String nested = lane.call(() -> lane.call(() -> "inner"));
        assertEquals("inner", nested);
    }

    @Test
    void aPostFromTheLaneRunsAfterTheWorkThatPostedIt() {
        List<String> order = new CopyOnWriteArrayList<>();
        lane.run(() -> {
            lane.post(() -> order.add("posted"));
            order.add("poster");
        });
        lane.run(() -> {});
        assertEquals(List.of("poster", "posted"), order);
    }

    @Test
    void aDiscardedLaneRefusesCallsAndDropsPosts() {
        lane.close();
        lane.post(() -> {
            throw new AssertionError("ran after close");
        });
        assertThrows(IllegalStateException.class, () -> lane.call(() -> "late"));
    }
}
