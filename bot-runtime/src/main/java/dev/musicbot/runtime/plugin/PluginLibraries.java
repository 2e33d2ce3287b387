package dev.musicbot.runtime.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The jars a plugin file is made of. A plugin jar holds its own classes (with its {@code module-info} and
 * ServiceLoader file) and its libraries as jars in {@code META-INF/lib/}, which are copied out to a scratch
 * directory, because the plugins directory may be read-only and a class loader or module finder reads only
 * files. An unpacked PF4J zip (a directory with {@code classes/} and {@code lib/}) gives its {@code lib/} jars
 * and its classes packed as a jar (a module finder takes jars, not a class directory without a module
 * descriptor). The scratch directory is removed by {@link #close()}.
 */
final class PluginLibraries implements AutoCloseable {
    static final String LIB_DIR = "META-INF/lib/";

    private @Nullable Path scratch;

    /** The plugin's own jar first, then its libraries. */
    synchronized List<Path> jarsOf(String pluginId, Path pluginPath) {
        try {
            return Files.isDirectory(pluginPath) ? unpacked(pluginId, pluginPath) : packed(pluginId, pluginPath);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the libraries of plugin '" + pluginId + "' in " + pluginPath, e);
        }
    }

    /** The libraries a plugin jar carries in {@code META-INF/lib/}, copied out (the jar itself not included). */
    synchronized List<Path> librariesOf(String pluginId, Path pluginJar) {
        List<Path> jars = jarsOf(pluginId, pluginJar);
        return jars.subList(1, jars.size());
    }

    private List<Path> packed(String pluginId, Path jar) throws IOException {
        List<Path> jars = new ArrayList<>();
        jars.add(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> nested = file.stream()
                    .filter(e -> !e.isDirectory())
                    .filter(e -> e.getName().startsWith(LIB_DIR) && e.getName().endsWith(".jar"))
                    .filter(e -> e.getName().indexOf('/', LIB_DIR.length()) < 0)
                    .toList();
            if (nested.isEmpty()) {
                return jars;
            }
            Path dir = dirFor(pluginId);
            for (JarEntry entry : nested) {
                Path target = dir.resolve(entry.getName().substring(LIB_DIR.length()));
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                jars.add(target);
            }
        }
        return jars;
    }

    private List<Path> unpacked(String pluginId, Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        Path classes = dir.resolve("classes");
        if (Files.isDirectory(classes)) {
            jars.add(jarUp(classes, dirFor(pluginId).resolve(automaticName(pluginId))));
        }
        Path lib = dir.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> files = Files.list(lib)) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        }
        return jars;
    }

    /**
     * The file name of a packed class directory: {@code musicbot-plugin-<id>.jar}, so that without a module
     * descriptor its automatic module is named {@code musicbot.plugin.<id>} (the id reduced to letters and digits).
     */
    static String automaticName(String pluginId) {
        String id = pluginId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "musicbot-plugin-" + (id.isEmpty() || Character.isDigit(id.charAt(0)) ? "p" + id : id) + ".jar";
    }

    private static Path jarUp(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private Path dirFor(String pluginId) throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("musicbot-plugins-");
        }
        Path dir = scratch.resolve(automaticName(pluginId).replace(".jar", ""));
        if (Files.exists(dir)) {
            delete(dir);
        }
        return Files.createDirectories(dir);
    }

    @Override
    public synchronized void close() {
        if (scratch != null) {
            try {
                delete(scratch);
            } catch (IOException e) {
                // A scratch copy left in the temporary directory is harmless; the next start makes its own.
            }
            scratch = null;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
