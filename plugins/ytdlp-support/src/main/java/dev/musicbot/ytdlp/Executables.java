package dev.musicbot.ytdlp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds executables the way the shell would, without running them (a start-up check must be quick). */
public final class Executables {
    private static final Logger log = LoggerFactory.getLogger(Executables.class);

    private Executables() {}

    /**
     * Whether an executable exists: a path is checked as it is, a bare name is looked up on the {@code PATH}.
     *
     * @param nameOrPath for example {@code yt-dlp} or {@code /usr/local/bin/yt-dlp}
     * @return true if it can be run
     */
    public static boolean found(String nameOrPath) {
        if (nameOrPath.contains(File.separator)) {
            return Files.isExecutable(Path.of(nameOrPath));
        }
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank())
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, nameOrPath)));
    }

    /**
     * Logs a warning when an executable a plugin needs is missing.
     *
     * @param nameOrPath the configured executable
     * @param key the configuration key that sets it, for example {@code plugins.youtube.yt-dlp}
     * @param feature what will not work without it
     */
    public static void warnIfMissing(String nameOrPath, String key, String feature) {
        if (!found(nameOrPath)) {
            log.warn("'{}' was not found ({}): {} will fail until it is installed", nameOrPath, key, feature);
        }
    }
}
