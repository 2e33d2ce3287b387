package dev.musicbot.runtime.ops;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary directory under the data directory ({@code data/tmp}), where work files may be left; files
 * (and then empty folders) older than the maximum age are removed.
 */
final class TempFiles {
    private static final Logger log = LoggerFactory.getLogger(TempFiles.class);

    private final Path dir;
    private final Duration maxAge;
    private final Clock clock;

    private TempFiles(Path dir, Duration maxAge, Clock clock) {
        this.dir = dir;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Creates the directory if needed. */
    static TempFiles create(Path dir, Duration maxAge, Clock clock) throws IOException {
        Files.createDirectories(dir);
        return new TempFiles(dir, maxAge, clock);
    }

    Path dir() {
        return dir;
    }

    /**
     * Removes what is older than the maximum age; what cannot be removed now is tried again next time.
     *
     * @return how many files were removed
     */
    int clean() {
        Instant cutoff = clock.instant().minus(maxAge);
        Remover remover = new Remover(cutoff);
        try {
            Files.walkFileTree(dir, remover);
        } catch (IOException e) {
            log.warn("Cannot clean the temporary directory {}: {}", dir, e.toString());
        }
        if (remover.removed > 0) {
            log.info("Removed {} temporary file(s) older than {} from {}", remover.removed, maxAge, dir);
        }
        return remover.removed;
    }

    private final class Remover extends SimpleFileVisitor<Path> {
        private final Instant cutoff;
        private final Deque<Boolean> oldFolders = new ArrayDeque<>();
        private int removed;

        Remover(Instant cutoff) {
            this.cutoff = cutoff;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.lastModifiedTime().toInstant().isBefore(cutoff) && delete(file)) {
                removed++;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // gone meanwhile, or unreadable: not ours to fix
        }

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
            // judged before its old files go, since removing them makes the folder look new
            oldFolders.push(attrs.lastModifiedTime().toInstant().isBefore(cutoff));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
            boolean old = oldFolders.pop();
            if (old && !folder.equals(dir)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        delete(folder);
                    }
                }
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean delete(Path path) {
            try {
                return Files.deleteIfExists(path);
            } catch (IOException e) {
                log.debug("Cannot remove {}: {}", path, e.toString());
                return false;
            }
        }
    }
}
