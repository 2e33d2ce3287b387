package dev.musicbot.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The class path the child JVMs run with: this JVM's own. A single jar (the bench's runnable jar, or a test
 * runner's manifest-only jar) contributes its manifest {@code Class-Path} as well.
 */
final class Classpath {
    private Classpath() {}

    /**
     * {@link #current()} without its directories: a JDK AOT cache can only be made for a class path of jars
     * ({@code -XX:AOTCacheOutput} refuses non-empty directories). The bot needs none of them: in a packaged bench,
     * and in a reactor build past {@code package}, the runtime and its libraries are jars; the directories are
     * the bench's own classes, which only the baseline runs.
     */
    static String jars() {
        return Arrays.stream(current().split(File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static String current() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            entries.add(Path.of(entry).toAbsolutePath().toString());
            if (entry.endsWith(".jar")) {
                entries.addAll(manifestEntries(Path.of(entry)));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestEntries(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of();
            }
            URI base = jar.toAbsolutePath().toUri();
            return Arrays.stream(classPath.trim().split("\\s+"))
                    .map(base::resolve)
                    .map(uri -> Path.of(uri).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
