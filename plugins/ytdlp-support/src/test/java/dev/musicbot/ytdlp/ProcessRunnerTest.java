package dev.musicbot.ytdlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.ytdlp.testing.Scripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cap on external programs running at once. */
class ProcessRunnerTest {
    @TempDir
    Path dir;

    @Test
    void noMoreThanTheCapRunAtOnceAndTheRestWaitTheirTurn() throws Exception {
        Path running = Files.createDirectory(dir.resolve("running"));
        Path counts = dir.resolve("counts.txt");
        // Each run marks itself as running, writes how many are running, and stays a second.
        Path script =
                Scripts.write(dir, "busy.sh", "mkdir \"$1/$$\"\nls \"$1\" | wc -l >> \"$2\"\nsleep 1\nrmdir \"$1/$$\"");
        ProcessSlots.limit(3);
        int runs = 3 * 2;
        List<Future<ProcessRunner.Result>> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < runs; i++) {
                results.add(callers.submit(() -> ProcessRunner.run(
                        List.of(script.toString(), running.toString(), counts.toString()), Duration.ofSeconds(60))));
            }
        }
        for (Future<ProcessRunner.Result> result : results) {
            assertThat(result.get().exitCode()).isZero();
        }
        List<Integer> seen = Files.readAllLines(counts).stream()
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        assertThat(seen).hasSize(runs).allSatisfy(n -> assertThat(n).isBetween(1, 3));
        assertThat(seen).contains(3);
    }
}
