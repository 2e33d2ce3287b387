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
    void pluginFilesCarryTheirOwnLibrariesButNotTheRuntimes() throws IOException {
        for (Path file : pluginFiles()) {
            try (JarFile jar = new JarFile(file.toFile())) {
                List<String> names = Collections.list(jar.entries()).stream()
                        .map(JarEntry::getName)
                        .toList();
                assertThat(names)
                        .as(file + ": only its own module descriptor")
                        .filteredOn(n -> n.endsWith("module-info.class"))
                        .containsExactly("module-info.class");
                assertThat(names)
                        .as(file + ": the runtime supplies bot-api, SLF4J and LavaPlayer")
                        .noneMatch(n -> n.startsWith("dev/musicbot/api/")
                                || n.startsWith("org/slf4j/")
                                || n.startsWith("com/sedmelluq/")
                                || n.startsWith("org/apache/http/"));
            }
        }
        try (JarFile youtube = new JarFile(PLUGINS.resolve("plugin-youtube.jar").toFile())) {
            assertThat(youtube.getEntry("dev/musicbot/ytdlp/YtDlp.class"))
                    .as("ytdlp-support inside")
                    .isNotNull();
            assertThat(youtube.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class"))
                    .as("Jackson inside")
                    .isNotNull();
        }
        try (JarFile playlists =
                new JarFile(PLUGINS.resolve("plugin-playlists.jar").toFile())) {
            assertThat(serviceLines(playlists, "java.sql.Driver")).contains("org.postgresql.Driver");
        }
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
