package dev.musicbot.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.zafarkhaja.semver.Version;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.runtime.BotVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin files the distribution ships in {@code plugins/}: each one's PF4J manifest, module descriptor and
 * ServiceLoader file name the same plugin class, it accepts this bot's plugin API, and it carries its own
 * dependencies but nothing the runtime provides.
 */
class PluginFilesIT {
    private static final Path PLUGINS = Path.of(System.getProperty("musicbot.dist", "target/musicbot"))
            .toAbsolutePath()
            .normalize()
            .resolve("plugins");
    private static final List<String> BUNDLED = List.of("lyrics", "playlists", "soundcloud", "spotify", "youtube");

    private static List<Path> pluginFiles() throws IOException {
        try (Stream<Path> files = Files.list(PLUGINS)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void everyBundledPluginShipsAsOneFileNamedWithoutAVersion() throws IOException {
        assertThat(pluginFiles())
                .extracting(f -> f.getFileName().toString())
                .containsExactlyElementsOf(
                        BUNDLED.stream().map(id -> "plugin-" + id + ".jar").toList());
        try (Stream<Path> lib = Files.list(PLUGINS.resolveSibling("lib"))) {
            assertThat(lib.map(f -> f.getFileName().toString()))
                    .as("lib/ holds the runtime only")
                    .noneMatch(name -> name.startsWith("plugin-") || name.startsWith("ytdlp-support"));
        }
    }

    @Test
    void manifestModuleInfoAndServiceFileAgree() throws IOException {
        for (Path file : pluginFiles()) {
            try (JarFile jar = new JarFile(file.toFile())) {
                Attributes manifest = jar.getManifest().getMainAttributes();
                String id = manifest.getValue("Plugin-Id");
                String pluginClass = manifest.getValue("Plugin-Class");
                assertThat(file.getFileName().toString())
                        .as(file + " is named for its Plugin-Id")
                        .isEqualTo("plugin-" + id + ".jar");
                assertThat(pluginClass).as(file + " Plugin-Class").isNotBlank();

                ModuleDescriptor module = moduleOf(jar);
                assertThat(module.provides())
                        .as(file + ": module-info provides")
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.service()).isEqualTo(BotPlugin.class.getName());
                            assertThat(p.providers()).containsExactly(pluginClass);
                        });
                assertThat(module.name()).as(file + ": module name").endsWith("." + id);
                assertThat(serviceFile(jar)).as(file + ": META-INF/services").containsExactly(pluginClass);
                assertThat(jar.getEntry(pluginClass.replace('.', '/') + ".class"))
                        .as(file + " holds its Plugin-Class")
                        .isNotNull();
            }
        }
    }

    @Test
    void versionsAreSemanticAndTheRequiredApiRangeAcceptsThisBot() throws IOException {
        for (Path file : pluginFiles()) {
            try (JarFile jar = new JarFile(file.toFile())) {
                Attributes manifest = jar.getManifest().getMainAttributes();
                assertThat(Version.tryParse(manifest.getValue("Plugin-Version")))
                        .as(file + " Plugin-Version")
                        .isPresent();
                String requires = manifest.getValue("Plugin-Requires");
                assertThat(Version.parse(BotVersion.api()).satisfies(requires))
                        .as(file + " requires API " + requires + ", the bot provides " + BotVersion.api())
                        .isTrue();
                assertThat(Version.parse("2.0.0").satisfies(requires))
                        .as(file + " requires API " + requires + ": not the next major")
                        .isFalse();
            }
        }
    }

    @Test
    void pluginFilesCarryTheirOwnLibrariesAsModulesButNotWhatTheBotOffers() throws IOException {
        for (Path file : pluginFiles()) {
            try (JarFile jar = new JarFile(file.toFile())) {
                List<String> names = Collections.list(jar.entries()).stream()
                        .map(JarEntry::getName)
                        .filter(n -> !n.endsWith("/"))
                        .toList();
                assertThat(names)
                        .as(file + ": its own classes, module descriptor, texts and libraries only")
                        .allMatch(n -> n.startsWith("dev/musicbot/plugin/")
                                || n.equals("module-info.class")
                                || n.startsWith("META-INF/"));
                assertThat(libraryModules(file))
                        .as(file + ": no copy of what the bot offers to plugins (PluginLayers.OFFERED)")
                        .doesNotContainAnyElementsOf(List.of(
                                "dev.musicbot.api",
                                "dev.musicbot.store",
                                "org.slf4j",
                                "lavaplayer",
                                "org.apache.httpcomponents.httpclient",
                                "com.fasterxml.jackson.databind",
                                "com.fasterxml.jackson.core",
                                "org.jspecify",
                                "com.google.errorprone.annotations"));
            }
        }
        assertThat(libraryModules(PLUGINS.resolve("plugin-youtube.jar"))).containsExactly("dev.musicbot.ytdlp");
        assertThat(libraryModules(PLUGINS.resolve("plugin-lyrics.jar")))
                .containsExactly("com.github.benmanes.caffeine");
        assertThat(libraryModules(PLUGINS.resolve("plugin-playlists.jar"))).contains("org.postgresql.jdbc");
    }

    /** The module names of the jars a plugin file carries in META-INF/lib/, as a module finder reads them. */
    private static List<String> libraryModules(Path file) throws IOException {
        Path dir = Files.createTempDirectory("plugin-libs");
        try (JarFile jar = new JarFile(file.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith("META-INF/lib/") && name.endsWith(".jar")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, dir.resolve(name.substring("META-INF/lib/".length())));
                    }
                }
            }
        }
        return java.lang.module.ModuleFinder.of(dir).findAll().stream()
                .map(m -> m.descriptor().name())
                .sorted()
                .toList();
    }

    private static ModuleDescriptor moduleOf(JarFile jar) throws IOException {
        JarEntry entry = jar.getJarEntry("module-info.class");
        assertThat(entry).as(jar.getName() + " has a module-info.class").isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return ModuleDescriptor.read(in);
        }
    }

    private static List<String> serviceFile(JarFile jar) throws IOException {
        return serviceLines(jar, BotPlugin.class.getName());
    }

    private static List<String> serviceLines(JarFile jar, String service) throws IOException {
        JarEntry entry = jar.getJarEntry("META-INF/services/" + service);
        assertThat(entry)
                .as(jar.getName() + " has META-INF/services/" + service)
                .isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> line.replaceAll("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        }
    }
}
