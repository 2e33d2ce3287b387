package dev.musicbot.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOT cache the build trained for {@code target/musicbot} ({@code runtime/lib/musicbot.aot}): the launcher
 * starts the JVM with it, and a JVM that cannot use it (corrupt, removed, a moved installation, turned off)
 * still starts, silently, with doctor saying so. {@code MUSICBOT_JAVA_OPTS=-Xlog:aot} (after the launcher's
 * {@code -Xlog:aot=off}) makes the JVM say what it did with the cache.
 */
class AotCacheIT {
    private static final Path DIST = Path.of(System.getProperty("musicbot.dist", "target/musicbot"))
            .toAbsolutePath()
            .normalize();
    private static final Path CACHE = DIST.resolve("runtime/lib/musicbot.aot");
    private static final Map<String, String> LOG_AOT = Map.of("MUSICBOT_JAVA_OPTS", "-Xlog:aot");

    @TempDir
    Path workDir;

    private final List<Path> links = new ArrayList<>();

    @AfterEach
    void removeLinks() throws IOException {
        for (Path link : links.reversed()) {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void theLauncherStartsTheJvmWithTheTrainedCache() throws Exception {
        assertThat(CACHE)
                .as("the build trains it (the train-aot execution; -Dmusicbot.aot.skip=true leaves it out)")
                .isNotEmptyFile();

        Run logged =
                BotProcess.run(workDir, LOG_AOT, DIST.resolve("bin/musicbot").toString(), "--version");
        Run doctor =
                BotProcess.run(workDir, Map.of(), DIST.resolve("bin/musicbot").toString(), "doctor");

        assertThat(logged.exitCode()).as(logged.describe()).isZero();
        assertThat(logged.out())
                .as(logged.describe())
                .contains("Opened AOT cache " + CACHE)
                .contains("full module graph: enabled")
                .contains("Using AOT-linked classes: true");
        assertThat(finding(doctor)).isEqualTo("in use: " + CACHE);
    }

    @Test
    void javaOptsTurnTheCacheOff() throws Exception {
        Run logged = BotProcess.run(
                workDir,
                Map.of("MUSICBOT_JAVA_OPTS", "-XX:AOTMode=off -Xlog:aot"),
                DIST.resolve("bin/musicbot").toString(),
                "--version");
        Run doctor = BotProcess.run(
                workDir,
                Map.of("MUSICBOT_JAVA_OPTS", "-XX:AOTMode=off"),
                DIST.resolve("bin/musicbot").toString(),
                "doctor");

        assertThat(logged.exitCode()).as(logged.describe()).isZero();
        assertThat(logged.out()).contains("musicbot").doesNotContain("Opened AOT cache");
        assertThat(finding(doctor)).isEqualTo("off (-XX:AOTMode=off)");
    }

    @Test
    void aCorruptCacheIsPassedOverSilently() throws Exception {
        Path install = install();
        Path cache = install.resolve("runtime/lib/musicbot.aot");
        // The first 64 KiB of the real cache: a valid beginning, the rest cut off.
        try (var in = Files.newInputStream(CACHE)) {
            Files.write(cache, in.readNBytes(64 * 1024));
        }

        Run quiet = BotProcess.run(
                workDir, Map.of(), install.resolve("bin/musicbot").toString(), "doctor");
        Run logged =
                BotProcess.run(workDir, LOG_AOT, install.resolve("bin/musicbot").toString(), "--version");

        assertThat(quiet.exitCode()).as(quiet.describe()).isZero();
        assertThat(quiet.out() + quiet.err()).doesNotContain("[aot]", "[error]");
        assertThat(finding(quiet)).startsWith("not used: " + cache + " does not match");
        assertThat(logged.exitCode()).as(logged.describe()).isZero();
        assertThat(logged.out()).contains("Opened AOT cache " + cache, "The AOT cache has been truncated");
    }

    @Test
    void withoutTheCacheTheBotStartsAndDoctorSaysNone() throws Exception {
        Path install = install();

        Run run = BotProcess.run(
                workDir, Map.of(), install.resolve("bin/musicbot").toString(), "doctor");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(finding(run)).startsWith("none");
        assertThat(run.out()).doesNotContain("-XX:AOTCache");
    }

    @Test
    void aCacheOfAnotherDirectoryDoesNotMatchAMovedInstallation() throws Exception {
        // What an unpacked tarball would be if it carried target/musicbot's cache: JDK 25 checks module-path jars
        // by their paths, so the cache matches the directory it was trained in only.
        // (A link to the build's lib/ would not do: the JVM takes two paths of one file for the same jar.)
        Path install = install();
        Files.delete(install.resolve("lib"));
        links.remove(install.resolve("lib"));
        Path lib = Files.createDirectories(install.resolve("lib"));
        try (var jars = Files.list(DIST.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        links.add(Files.createSymbolicLink(install.resolve("runtime/lib/musicbot.aot"), CACHE));

        Run quiet = BotProcess.run(
                workDir, Map.of(), install.resolve("bin/musicbot").toString(), "doctor");
        Run logged =
                BotProcess.run(workDir, LOG_AOT, install.resolve("bin/musicbot").toString(), "--version");

        assertThat(quiet.exitCode()).as(quiet.describe()).isZero();
        assertThat(quiet.out() + quiet.err()).doesNotContain("[aot]", "[error]");
        assertThat(finding(quiet)).startsWith("not used: ");
        assertThat(logged.exitCode()).as(logged.describe()).isZero();
        assertThat(logged.out())
                .contains("Opened AOT cache")
                .contains("extra module path(s) are specified")
                .doesNotContain("Using AOT-linked classes: true");
    }

    /**
     * An installation in the temporary directory: a copy of bin/musicbot; lib/, config/ and plugins/ linked to
     * the build's; a runtime/ whose parts are linked to the build's but for an empty lib/, where a test puts its
     * musicbot.aot (the JVM finds its own files through the real path of bin/java, in the build's runtime).
     */
    private Path install() throws IOException {
        Path install = workDir.resolve("install");
        Files.createDirectories(install.resolve("bin"));
        Files.copy(DIST.resolve("bin/musicbot"), install.resolve("bin/musicbot"));
        for (String dir : List.of("lib", "config", "plugins")) {
            links.add(Files.createSymbolicLink(install.resolve(dir), DIST.resolve(dir)));
        }
        Path runtime = Files.createDirectories(install.resolve("runtime"));
        try (var parts = Files.list(DIST.resolve("runtime"))) {
            for (Path part : parts.toList()) {
                if (!part.getFileName().toString().equals("lib")) {
                    links.add(Files.createSymbolicLink(runtime.resolve(part.getFileName()), part));
                }
            }
        }
        Files.createDirectories(runtime.resolve("lib"));
        return install;
    }

    /** The value of doctor's {@code aot cache} line. */
    private static String finding(Run run) {
        String prefix = "%-12s ".formatted("aot cache");
        return run.out()
                .lines()
                .filter(line -> line.length() > 3 && line.substring(3).startsWith(prefix))
                .map(line -> line.substring(3 + prefix.length()).strip())
                .findFirst()
                .orElseThrow(() -> new AssertionError("doctor printed no 'aot cache' line:\n" + run.describe()));
    }
}
