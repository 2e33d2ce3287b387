package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health loop's steps: memory against the threshold, temporary files, and the loop itself. */
class HealthLoopTest {
    private static final long MB = 1024 * 1024;
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void memoryWarnsOnceEachTimeItCrossesTheThresholdAndSaysWhenItIsBack() {
        AtomicLong used = new AtomicLong(400 * MB);
        MemoryWatch watch = new MemoryWatch(() -> new MemoryUsage(0, used.get(), 1000 * MB, 1000 * MB), 85);
        try (LogCapture log = new LogCapture(MemoryWatch.class)) {
            assertThat(watch.check()).isEqualTo(new MemoryWatch.Reading(40, false));
            used.set(870 * MB);
            assertThat(watch.check()).isEqualTo(new MemoryWatch.Reading(87, true));
            used.set(950 * MB);
            assertThat(watch.check()).isEqualTo(new MemoryWatch.Reading(95, true));
            assertThat(log.messages(Level.WARN))
                    .containsExactly("Heap memory is at 87% (870 MB used of 1000 MB), above the 85% threshold"
                            + " (health.memory-threshold)");

            used.set(500 * MB);
            assertThat(watch.check().aboveThreshold()).isFalse();
            assertThat(log.messages(Level.INFO))
                    .containsExactly("Heap memory is back under the 85% threshold: 50% (500 MB used)");
            used.set(860 * MB);
            watch.check();
            assertThat(log.messages(Level.WARN)).hasSize(2);
        }
    }

    @Test
    void memoryWithoutADefinedMaximumIsMeasuredAgainstTheCommittedHeap() {
        MemoryWatch watch = new MemoryWatch(() -> new MemoryUsage(0, 90 * MB, 100 * MB, -1), 85);
        assertThat(watch.check()).isEqualTo(new MemoryWatch.Reading(90, true));
    }

    @Test
    void temporaryFilesOlderThanTheMaximumAgeAreRemoved() throws IOException {
        Path tmp = dir.resolve("data").resolve("tmp");
        TempFiles temp = TempFiles.create(tmp, Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tmp).isDirectory();

        Path old = file(tmp.resolve("old.part"), NOW.minus(Duration.ofMinutes(61)));
        Path fresh = file(tmp.resolve("fresh.part"), NOW.minus(Duration.ofMinutes(59)));
        Path oldInFolder = file(tmp.resolve("job-1").resolve("a.opus"), NOW.minus(Duration.ofHours(3)));
        age(tmp.resolve("job-1"), NOW.minus(Duration.ofHours(3)));
        Path freshInFolder = file(tmp.resolve("job-2").resolve("b.opus"), NOW.minus(Duration.ofMinutes(5)));

        assertThat(temp.clean()).isEqualTo(2);

        assertThat(old).doesNotExist();
        assertThat(oldInFolder).doesNotExist();
        assertThat(tmp.resolve("job-1")).doesNotExist();
        assertThat(fresh).exists();
        assertThat(freshInFolder).exists();
        assertThat(tmp).isDirectory();
        assertThat(temp.clean()).isZero();
    }

    @Test
    void aFailingStepDoesNotStopTheOthers() {
        List<String> ran = new ArrayList<>();
        HealthLoop loop = new HealthLoop(List.of(
                new HealthLoop.Step("first", () -> ran.add("first")),
                new HealthLoop.Step("broken", () -> {
                    throw new IllegalStateException("boom");
                }),
                new HealthLoop.Step("last", () -> ran.add("last"))));
        try (LogCapture log = new LogCapture(HealthLoop.class)) {
            loop.runOnce();
            assertThat(ran).containsExactly("first", "last");
            assertThat(log.messages(Level.WARN)).containsExactly("Health loop: the 'broken' step failed");
        } finally {
            loop.close();
        }
    }

    @Test
    void theLoopRunsEveryInterval() throws InterruptedException {
        AtomicLong runs = new AtomicLong();
        try (HealthLoop loop = new HealthLoop(List.of(new HealthLoop.Step("count", runs::incrementAndGet)))) {
            loop.start(Duration.ofMillis(20));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (runs.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }

    private static Path file(Path path, Instant modified) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "partial audio");
        return age(path, modified);
    }

    private static Path age(Path path, Instant modified) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
