package dev.musicbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.GuildId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuildFilesTest {
    private static final GuildId GUILD = new GuildId(400000000000000001L);
    private static final GuildId OTHER = new GuildId(400000000000000002L);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:15:30.123Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWrittenFileReadsBackUnderTheGuildsIdAlone() throws IOException {
        GuildFiles files = new GuildFiles(dir);
        assertThat(files.read(GUILD)).isEmpty();
        files.write(GUILD, bytes("{\"a\":1}"), "the test data");
        assertThat(files.read(GUILD)).map(GuildFilesTest::text).contains("{\"a\":1}");
        assertThat(names()).containsExactly(GUILD + ".json");
    }

    @Test
    void openingDeletesLeftoverTemporaryFilesButNothingElse() throws IOException {
        Files.writeString(dir.resolve(GUILD + ".json.12345.tmp"), "half");
        Files.writeString(dir.resolve("notes.txt.1.tmp"), "not ours");
        Files.writeString(dir.resolve(OTHER + ".json"), "{}");
        new GuildFiles(dir);
        assertThat(names()).containsExactly(OTHER + ".json", "notes.txt.1.tmp");
    }

    @Test
    void guildsListsOnlyGuildFilesInIdOrder() throws IOException {
        GuildFiles files = new GuildFiles(dir);
        files.write(OTHER, bytes("{}"), "x");
        files.write(GUILD, bytes("{}"), "x");
        Files.writeString(dir.resolve("99999999999999999999999.json"), "{}"); // too large for a snowflake
        Files.writeString(dir.resolve("readme.json"), "{}");
        assertThat(files.guilds()).containsExactly(GUILD, OTHER);
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        GuildFiles files = new GuildFiles(
                dir,
                new AtomicFileWriter(temp -> {
                    throw new IOException("disk full");
                }),
                CLOCK);
        Files.writeString(dir.resolve(GUILD + ".json"), "old");
        assertThatThrownBy(() -> files.write(GUILD, bytes("new"), "the test data"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not save the test data of guild " + GUILD)
                .hasMessageContaining("disk full");
        assertThat(names()).containsExactly(GUILD + ".json");
        assertThat(files.read(GUILD)).map(GuildFilesTest::text).contains("old");
    }

    @Test
    void setAsideMovesTheFileToAStampedNameAndNeverOverwritesAnEarlierOne() throws IOException {
        GuildFiles files = new GuildFiles(dir, new AtomicFileWriter(), CLOCK);
        Files.writeString(dir.resolve(GUILD + ".json"), "garbage 1");
        assertThat(files.setAside(GUILD))
                .map(Path::getFileName)
                .map(Path::toString)
                .contains(GUILD + ".json.corrupt-20261201T101530.123Z");
        Files.writeString(dir.resolve(GUILD + ".json"), "garbage 2");
        assertThat(files.setAside(GUILD))
                .map(Path::getFileName)
                .map(Path::toString)
                .contains(GUILD + ".json.corrupt-20261201T101530.123Z-2");
        assertThat(files.read(GUILD)).isEmpty();
        assertThat(Files.readString(dir.resolve(GUILD + ".json.corrupt-20261201T101530.123Z")))
                .isEqualTo("garbage 1");
    }

    @Test
    void setAsideOfAMissingFileReportsThatNothingMoved() throws IOException {
        assertThat(new GuildFiles(dir).setAside(GUILD)).isEmpty();
    }

    @Test
    void lockedReadModifyWritesOfOneGuildNeverLoseAnUpdate() throws Exception {
        GuildFiles files = new GuildFiles(dir);
        files.write(GUILD, bytes("0"), "x");
        List<Future<?>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 50; i++) {
                writes.add(pool.submit(() -> files.locked(GUILD, () -> {
                    int n = Integer.parseInt(text(files.read(GUILD).orElseThrow()));
                    files.write(GUILD, bytes(Integer.toString(n + 1)), "x");
                    return n;
                })));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        assertThat(files.read(GUILD)).map(GuildFilesTest::text).contains("50");
    }
}
