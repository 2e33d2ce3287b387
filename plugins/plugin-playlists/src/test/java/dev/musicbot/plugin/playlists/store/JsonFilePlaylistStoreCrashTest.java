package dev.musicbot.plugin.playlists.store;

import static dev.musicbot.plugin.playlists.store.Fixtures.GUILD;
import static dev.musicbot.plugin.playlists.store.Fixtures.fileNames;
import static dev.musicbot.plugin.playlists.store.Fixtures.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.storage.StoredPlaylist;
import dev.musicbot.store.AtomicFileWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/** After a crash at any moment, the guild file is the old one or the new one, and leftovers are cleaned. */
class JsonFilePlaylistStoreCrashTest {
    private static final int ROUNDS = 6;

    @TempDir
    Path root;

    private Path directory;

    @BeforeEach
    void createStoreDirectory() throws IOException {
        directory = Files.createDirectory(root.resolve("playlist"));
    }

    @Test
    void crashBeforeTheRenameLeavesThePreviousFileIntact() throws IOException {
        CrashingWriter crash = new CrashingWriter();
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory, new AtomicFileWriter(crash));
        store.save(GUILD, playlist("Mix", "a", "b"));
        byte[] before = Files.readAllBytes(directory.resolve(GUILD + ".json"));

        crash.arm();
        assertThatThrownBy(() -> store.save(GUILD, playlist("Mix", "c")))
                .isInstanceOf(CrashingWriter.SimulatedCrash.class);

        assertThat(directory.resolve(GUILD + ".json")).hasBinaryContent(before);
        assertThat(fileNames(directory)).hasSize(2).anyMatch(name -> name.matches(GUILD + "\\.json\\..+\\.tmp"));
        JsonFilePlaylistStore restarted = new JsonFilePlaylistStore(directory);
        assertThat(fileNames(directory)).containsExactly(GUILD + ".json");
        assertThat(restarted.find(GUILD, "mix")).contains(playlist("Mix", "a", "b"));
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFileAndKeepsThePreviousFile() throws IOException {
        JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory, new AtomicFileWriter(temp -> {
            throw new IOException("disk full");
        }));

        assertThatThrownBy(() -> store.save(GUILD, playlist("Mix", "a")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not save the playlists of guild " + GUILD)
                .hasRootCauseMessage("disk full");
        assertThat(fileNames(directory)).isEmpty();
    }

    @Test
    void startupCleansOnlyItsOwnLeftovers() throws IOException {
        for (String name : List.of(GUILD + ".json.123456.tmp", "notes.tmp", "readme.txt", GUILD + ".json")) {
            Files.writeString(directory.resolve(name), "{\"schemaVersion\":1,\"active\":null,\"playlists\":[]}");
        }
        new JsonFilePlaylistStore(directory);
        assertThat(fileNames(directory)).containsExactly(GUILD + ".json", "notes.tmp", "readme.txt");
    }

    @Test
    void killingAWritingProcessNeverLeavesAPartialFile(TestReporter reporter) throws Exception {
        Random random = new Random(20251124L);
        int killedMidWrite = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Process child = startSaveLoop(round);
            try {
                awaitFirstSave(child, round);
                Thread.sleep(20 + random.nextInt(250));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS))
                        .as("child exited")
                        .isTrue();
            }
            if (fileNames(directory).size() > 1) {
                killedMidWrite++;
            }

            JsonFilePlaylistStore store = new JsonFilePlaylistStore(directory);
            assertThat(fileNames(directory)).containsExactly(GUILD + ".json");
            StoredPlaylist survivor = store.find(GUILD, SaveLoopMain.PLAYLIST).orElseThrow();
            assertThat(survivor).isEqualTo(SaveLoopMain.generation(SaveLoopMain.generationOf(survivor)));
            assertThat(store.list(GUILD)).containsExactly(survivor);
        }
        reporter.publishEntry("rounds killed with a temporary file present", killedMidWrite + " of " + ROUNDS);
    }

    /**
     * Starts {@link SaveLoopMain} in a JVM of its own. Under Surefire {@code java.class.path} is the test class path
     * (or, with a manifest-only booter jar, that jar, whose {@code Class-Path} lists it); either works as {@code -cp}.
     */
    private Process startSaveLoop(int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                SaveLoopMain.class.getName(),
                directory.toString(),
                GUILD.toString());
        builder.redirectError(root.resolve("child-" + round + ".err").toFile());
        return builder.start();
    }

    /** Waits until the child has saved once; a thread of its own reads, so a silent child cannot hang the test. */
    private void awaitFirstSave(Process child, int round) throws Exception {
        BufferedReader out = child.inputReader();
        CompletableFuture<String> line = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                line.complete(String.valueOf(out.readLine()));
            } catch (IOException e) {
                line.completeExceptionally(e);
            }
        });
        String first = line.get(60, TimeUnit.SECONDS);
        Path err = root.resolve("child-" + round + ".err");
        assertThat(first)
                .as("child output; its stderr: %s", Files.readString(err))
                .isEqualTo("saved");
    }
}
