package dev.musicbot.runtime.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable whole-file replacement: the new content goes to a temporary file in the same directory, is forced to
 * disk, and is renamed over the target, so a reader sees either the old file or the new one, never a part.
 */
final class AtomicFiles {
    private static final Logger log = LoggerFactory.getLogger(AtomicFiles.class);

    /** Temporary files are named {@code <target>.<random>.tmp}. */
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with {@code content}. On failure the target is unchanged and the temporary file is
     * removed.
     */
    static void replace(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        syncDirectory(directory);
    }

    /**
     * Deletes the temporary files that a crash during {@link #replace} left behind.
     *
     * @param directory the directory to clean
     * @param owned which temporary file names belong to the caller; others are left alone
     * @return the files deleted
     */
    static List<Path> deleteLeftovers(Path directory, Pattern owned) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(directory)) {
            leftovers = files.filter(
                            file -> owned.matcher(file.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .toList();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
        return leftovers;
    }

    /** Makes the rename itself durable. Best effort: not every platform can open a directory. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not sync directory {}: {}", directory, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary file {}: {}", file, e.toString());
        }
    }
}
