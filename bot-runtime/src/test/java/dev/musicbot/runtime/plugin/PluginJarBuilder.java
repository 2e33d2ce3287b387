package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real drop-in plugin jar in a test's temporary directory: compiles Java sources against bot-api with
 * the JDK's compiler and writes the PF4J manifest entries and the ServiceLoader file.
 */
final class PluginJarBuilder {
    private final String id;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final List<Class<?>> copiedClasses = new ArrayList<>();
    private String pluginClass = "";
    private final List<String> extraClassPath = new ArrayList<>();

    private PluginJarBuilder(String id) {
        this.id = id;
        manifest.put("Plugin-Id", id);
        manifest.put("Plugin-Version", "1.0.0");
    }

    static PluginJarBuilder plugin(String id) {
        return new PluginJarBuilder(id);
    }

    /** Adds a source file; {@code className} is fully qualified. */
    PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    PluginJarBuilder removeSource(String className) {
        sources.remove(className);
        return this;
    }

    PluginJarBuilder pluginClass(String className) {
        this.pluginClass = className;
        manifest.put("Plugin-Class", className);
        return this;
    }

    PluginJarBuilder version(String version) {
        manifest.put("Plugin-Version", version);
        return this;
    }

    PluginJarBuilder requires(String versionRange) {
        manifest.put("Plugin-Requires", versionRange);
        return this;
    }

    /** Bundles a copy of one of the host's classes (as a plugin that wrongly shades bot-api would). */
    PluginJarBuilder bundleCopyOf(Class<?> type) {
        copiedClasses.add(type);
        return this;
    }

    /** Compiles against a library jar as well (which the plugin then ships in its zip's lib/). */
    PluginJarBuilder compileAgainst(Path jar) {
        extraClassPath.add(jar.toString());
        return this;
    }

    Path writeTo(Path pluginsDir) throws IOException {
        Path work = Files.createTempDirectory("plugin-" + id);
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<String> files = new ArrayList<>();
        for (var entry : sources.entrySet()) {
            Path file = src.resolve(entry.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
            files.add(file.toString());
        }
        compile(classes, files);
        Path jar = pluginsDir.resolve(id + "-plugin.jar");
        Files.createDirectories(pluginsDir);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            if (!pluginClass.isEmpty()) {
                put(
                        out,
                        "META-INF/services/" + BotPlugin.class.getName(),
                        (pluginClass + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Class<?> type : copiedClasses) {
                String name = type.getName().replace('.', '/') + ".class";
                try (var in = type.getClassLoader().getResourceAsStream(name)) {
                    put(out, name, in.readAllBytes());
                }
            }
        }
        return jar;
    }

    /**
     * Writes the plugin as a zip in PF4J's layout: {@code plugin.properties}, the plugin's classes under
     * {@code classes/}, and the classes of {@code librarySources} packed as {@code lib/library.jar}.
     */
    Path writeZipTo(Path pluginsDir, Map<String, String> librarySources) throws IOException {
        Path work = Files.createTempDirectory("plugin-zip-" + id);
        Path libJar = work.resolve("library.jar");
        PluginJarBuilder library = new PluginJarBuilder(id + "-lib");
        librarySources.forEach(library::source);
        library.manifest.clear();
        library.manifest.put("Implementation-Title", id + "-lib");
        Files.move(library.writeTo(work), libJar);
        compileAgainst(libJar);
        Path jar = writeTo(work);
        Path zip = pluginsDir.resolve(id + "-plugin.zip");
        Files.createDirectories(pluginsDir);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
                var in = new java.util.jar.JarFile(jar.toFile())) {
            StringBuilder props = new StringBuilder();
            manifest.forEach(
                    (k, v) -> props.append(k.replace("Plugin-", "plugin.").toLowerCase(java.util.Locale.ROOT))
                            .append('=')
                            .append(v)
                            .append('\n'));
            putZip(out, "plugin.properties", props.toString().getBytes(StandardCharsets.UTF_8));
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                if (!entry.isDirectory() && !entry.getName().equals("META-INF/MANIFEST.MF")) {
                    putZip(
                            out,
                            "classes/" + entry.getName(),
                            in.getInputStream(entry).readAllBytes());
                }
            }
            putZip(out, "lib/library.jar", Files.readAllBytes(libJar));
        }
        return zip;
    }

    private static void putZip(java.util.zip.ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private Manifest manifest() {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        return mf;
    }

    private static void put(OutputStream jar, String name, byte[] bytes) throws IOException {
        JarOutputStream out = (JarOutputStream) jar;
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private void compile(Path classes, List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath =
                apiLocation() + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, extraClassPath);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "-proc:none"));
        args.addAll(files);
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin sources do not compile");
        }
    }

    private static String apiLocation() {
        try {
            return Path.of(BotPlugin.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
