package dev.musicbot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable whole-file replacement. The content goes to a temporary file in the target's directory, which is forced
 * to disk and then renamed over the target; the directory is then forced (best effort). A reader therefore sees
 * the old file or the new one, never a part of either, even if the process or the machine dies mid-write.
 */
public final class AtomicFileWriter {
    private static final Logger log = LoggerFactory.getLogger(AtomicFileWriter.class);

    /** Temporary files are named {@code <target name>.<random>.tmp}. */
    public static final String TEMP_SUFFIX = ".tmp";

    /** A test seam: runs after the temporary file is written and forced, before the rename. */
    @FunctionalInterface
    public interface BeforeRename {
        /** Does nothing. */
        BeforeRename NONE = temp -> {};

        /**
         * Called with the complete temporary file.
         *
         * @param temp the temporary file
         * @throws IOException to make the write fail
         */
        void run(Path temp) throws IOException;
    }

    private final BeforeRename beforeRename;

    /** A writer for production use. */
    public AtomicFileWriter() {
        this(BeforeRename.NONE);
    }

    /**
     * A writer with a hook between writing the temporary file and renaming it.
     *
     * @param beforeRename the hook
     */
    public AtomicFileWriter(BeforeRename beforeRename) {
        this.beforeRename = beforeRename;
    }

    /**
     * Replaces {@code target} with {@code content}. If this throws an exception, the target is unchanged and the
     * temporary file has been removed; if the process dies, a temporary file may be left for {@link
     * #deleteLeftovers} to remove.
     *
     * @param target the file to create or replace
     * @param content its new content
     * @throws IOException if the write fails
     */
    public void replace(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, target.getFileName() + ".", TEMP_SUFFIX);
        try {
            writeAndForce(temp, content);
            beforeRename.run(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        forceDirectory(directory);
    }

    /**
     * Deletes the temporary files that a crash during {@link #replace} left behind.
     *
     * @param directory the directory to clean
     * @param owned which file names are the caller's temporary files; other files are left alone
     * @return the files deleted
     * @throws IOException if the directory cannot be listed or a file cannot be deleted
     */
    public static List<Path> deleteLeftovers(Path directory, Predicate<String> owned) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(directory)) {
            leftovers = files.filter(file -> owned.test(file.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
        return leftovers;
    }

    private static void writeAndForce(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the rename itself durable. Best effort: not every platform can open a directory for reading. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not force directory {} to disk: {}", directory, e.toString());
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
