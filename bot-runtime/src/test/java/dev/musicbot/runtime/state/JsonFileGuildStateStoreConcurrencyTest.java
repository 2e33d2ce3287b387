package dev.musicbot.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.musicbot.api.GuildId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileGuildStateStoreConcurrencyTest {
    private static final List<GuildId> GUILDS = List.of(new GuildId(1), new GuildId(2), new GuildId(3));
    private static final int WRITERS = 24;
    private static final int SAVES_PER_WRITER = 40;

    @TempDir
    Path dir;

    @Test
    void concurrentSavesEndWithACompleteFileAndReadersNeverSeeAPartialOne() throws Exception {
        JsonFileGuildStateStore raw = new JsonFileGuildStateStore(dir);
        GuildStates store = new GuildStates(raw);
        Set<GuildState> written = ConcurrentHashMap.newKeySet();
        List<String> torn = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS + GUILDS.size())) {
            List<Future<?>> writers = IntStream.range(0, WRITERS)
                    .<Future<?>>mapToObj(w -> threads.submit(() -> {
                        start.await();
                        for (int i = 0; i < SAVES_PER_WRITER; i++) {
                            GuildState state = StateFixtures.numbered(w * SAVES_PER_WRITER + i);
                            written.add(state);
                            store.save(GUILDS.get((w + i) % GUILDS.size()), state);
                        }
                        return null;
                    }))
                    .toList();
            List<Future<List<String>>> readers = GUILDS.stream()
                    .map(guild -> threads.submit(() -> readRawWhile(writing, raw.fileOf(guild))))
                    .toList();
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<List<String>> reader : readers) {
                torn.addAll(reader.get());
            }
        }
        assertThat(torn).as("files seen half-written").isEmpty();
        for (GuildId guild : GUILDS) {
            assertThat(written).contains(store.load(guild));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("1.json", "2.json", "3.json");
        }
    }

    @Test
    void concurrentClearsLoadsAndSavesOfOneGuildKeepTheFileValid() throws Exception {
        GuildStates store = new GuildStates(new JsonFileGuildStateStore(dir));
        GuildId guild = GUILDS.getFirst();
        Set<GuildState> possible = ConcurrentHashMap.newKeySet();
        possible.add(GuildState.DEFAULTS);
        try (LogCapture logs = new LogCapture(JsonFileGuildStateStore.class);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<GuildState>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                GuildState state = StateFixtures.numbered(i);
                possible.add(state);
                possible.add(state.withQueue(null));
                boolean clear = i % 3 == 0;
                calls.add(threads.submit(() -> {
                    if (clear) {
                        store.clearQueue(guild);
                    } else {
                        store.save(guild, state);
                    }
                    return store.load(guild);
                }));
            }
            for (Future<GuildState> call : calls) {
                assertThat(possible).contains(call.get());
            }
            assertThat(logs.messages(Level.WARN)).isEmpty();
        }
        assertThat(possible).contains(store.load(guild));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("1.json");
        }
    }

    /** Reads the file without the store's lock, as another process would; returns what did not decode cleanly. */
    private static List<String> readRawWhile(AtomicBoolean writing, Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        while (writing.get()) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                continue;
            }
            try {
                if (!GuildStateCodec.decode(content).repairs().isEmpty()) {
                    problems.add(new String(content, StandardCharsets.UTF_8));
                }
            } catch (UnreadableStateException e) {
                problems.add(e.getMessage() + ": " + new String(content, StandardCharsets.UTF_8));
            }
        }
        return problems;
    }
}
