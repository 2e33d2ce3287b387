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
 * the JDK's compiler and writes the PF4J manifest entries and the ServiceLoader file. With a
 * {@code module-info} source the plugin is an explicit module, compiled on the module path; libraries can be
 * bundled as jars in {@code META-INF/lib/}, as the project's own plugin files carry theirs. Public for the
 * distribution's tests, which drop such plugins into the shipped launcher.
 */
public final class PluginJarBuilder {
    private final String id;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final List<Class<?>> copiedClasses = new ArrayList<>();
    private String pluginClass = "";
    private final List<String> extraClassPath = new ArrayList<>();
    private final List<Path> bundled = new ArrayList<>();

    private PluginJarBuilder(String id) {
        this.id = id;
        manifest.put("Plugin-Id", id);
        manifest.put("Plugin-Version", "1.0.0");
    }

    public static PluginJarBuilder plugin(String id) {
        return new PluginJarBuilder(id);
    }

    /** Adds a source file; {@code className} is fully qualified. */
    public PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    PluginJarBuilder removeSource(String className) {
        sources.remove(className);
        return this;
    }

    public PluginJarBuilder pluginClass(String className) {
        this.pluginClass = className;
        manifest.put("Plugin-Class", className);
        return this;
    }

    public PluginJarBuilder version(String version) {
        manifest.put("Plugin-Version", version);
        return this;
    }

    public PluginJarBuilder requires(String versionRange) {
        manifest.put("Plugin-Requires", versionRange);
        return this;
    }

    /** Bundles a copy of one of the host's classes (as a plugin that wrongly shades bot-api would). */
    PluginJarBuilder bundleCopyOf(Class<?> type) {
        copiedClasses.add(type);
        return this;
    }

    /**
     * Adds the plugin's module descriptor: the plugin is then an explicit module, compiled on the module path
     * (bot-api and every {@link #compileAgainst} jar).
     */
    public PluginJarBuilder moduleInfo(String code) {
        sources.put("module-info", code);
        return this;
    }

    /** Compiles against a library jar and ships it in the plugin file's {@code META-INF/lib/}. */
    public PluginJarBuilder bundle(Path libraryJar) {
        bundled.add(libraryJar);
        return compileAgainst(libraryJar);
    }

    /**
     * Writes a library jar (no PF4J manifest, no ServiceLoader file) named {@code fileName} into {@code dir}:
     * the given sources, compiled against bot-api and {@code compileAgainst} jars.
     */
    public static Path library(Path dir, String fileName, Map<String, String> sources, Path... compileAgainst)
            throws IOException {
        PluginJarBuilder library = new PluginJarBuilder(fileName.replace(".jar", ""));
        sources.forEach(library::source);
        for (Path jar : compileAgainst) {
            library.compileAgainst(jar);
        }
        library.manifest.clear();
        library.manifest.put("Implementation-Title", fileName);
        Path work = Files.createTempDirectory("library");
        return Files.move(library.writeTo(work), Files.createDirectories(dir).resolve(fileName));
    }

    /** Where a class of this JVM's class path comes from (a jar or a classes directory). */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Compiles against a library jar as well (which the plugin then ships in its zip's lib/). */
    public PluginJarBuilder compileAgainst(Path jar) {
        extraClassPath.add(jar.toString());
        return this;
    }

    public Path writeTo(Path pluginsDir) throws IOException {
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
            for (Path library : bundled) {
                put(out, "META-INF/lib/" + library.getFileName(), Files.readAllBytes(library));
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
        Path libJar = library(work, "library.jar", librarySources);
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
        String path =
                apiLocation() + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, extraClassPath);
        boolean module = sources.containsKey("module-info");
        if (module) {
            // bot-api's `requires static transitive`: needed when compiling a module that reads it.
            path += java.io.File.pathSeparator
                    + locationOf(org.jspecify.annotations.Nullable.class)
                    + java.io.File.pathSeparator
                    + locationOf(com.sedmelluq.discord.lavaplayer.player.AudioPlayerManager.class);
        }
        String pathOption = module ? "--module-path" : "-cp";
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), pathOption, path, "-proc:none"));
        args.addAll(files);
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin sources do not compile");
        }
    }

    private static String apiLocation() {
        return locationOf(BotPlugin.class).toString();
    }
}
