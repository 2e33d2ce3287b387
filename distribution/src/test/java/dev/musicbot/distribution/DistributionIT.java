package dev.musicbot.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the installed bot as a user would: {@code target/musicbot/bin/musicbot} as a process, from an empty
 * working directory, with no token and no {@code MUSICBOT_*} variables unless a test sets them.
 */
class DistributionIT {
    private static final Path DIST = Path.of(System.getProperty("musicbot.dist", "target/musicbot"))
            .toAbsolutePath()
            .normalize();
    private static final Path LAUNCHER = DIST.resolve("bin/musicbot");
    private static final Path IMAGE_JAVA = DIST.resolve("runtime/bin/java");

    @TempDir
    Path workDir;

    @Test
    void versionNamesTheBot() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), LAUNCHER.toString(), "--version");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("musicbot").contains("Java 25");
    }

    @Test
    void configCheckReadsTheInstalledConfigAndMasksTheToken() throws Exception {
        Run run = BotProcess.run(workDir, Map.of("BOT_TOKEN", "test-token"), LAUNCHER.toString(), "config", "check");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out())
                .contains("configuration is valid")
                .contains("file " + DIST.resolve("config/musicbot.yml"))
                .contains("token: \"********\"")
                .contains(DIST.resolve("plugins").toString());
        assertThat(run.out() + run.err()).doesNotContain("test-token");
    }

    @Test
    void configCheckWithoutTokenIsInvalidInput() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), LAUNCHER.toString(), "config", "check");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("discord.token");
    }

    @Test
    void badOverrideIsInvalidInputNamingTheKey() throws Exception {
        Run run = BotProcess.run(
                workDir,
                Map.of("BOT_TOKEN", "test-token"),
                LAUNCHER.toString(),
                "config",
                "check",
                "--set",
                "tuning.workers=abc");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("tuning.workers");
    }

    @Test
    void pluginsListStartsTheCorePluginAndEachPluginFileWithItsOwnVersion() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), LAUNCHER.toString(), "plugins", "list");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(line -> assertThat(line).startsWith("core").contains("built-in", "started"));
        for (String id : List.of("youtube", "soundcloud", "spotify", "playlists", "lyrics")) {
            String version = pluginVersion(DIST.resolve("plugins/plugin-" + id + ".jar"));
            assertThat(run.out().lines()).as(run.describe()).anySatisfy(line -> assertThat(line.split(" +"))
                    .startsWith(id, version, "file", "started"));
        }
    }

    @Test
    void replacingOnePluginFileUpgradesThatPlugin() throws Exception {
        Path install = workDir.resolve("install");
        Files.createDirectories(install.resolve("bin"));
        Files.copy(LAUNCHER, install.resolve("bin/musicbot"));
        Path plugins = Files.createDirectories(install.resolve("plugins"));
        try (var shipped = Files.list(DIST.resolve("plugins"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, plugins.resolve(file.getFileName()));
            }
        }
        List<Path> links = new ArrayList<>();
        try {
            for (String dir : List.of("runtime", "lib", "config")) {
                links.add(Files.createSymbolicLink(install.resolve(dir), DIST.resolve(dir)));
            }
            String spotify = pluginVersion(plugins.resolve("plugin-spotify.jar"));
            // A later build of the YouTube plugin, put in place of the shipped file.
            Path youtube = plugins.resolve("plugin-youtube.jar");
            Path upgrade = workDir.resolve("plugin-youtube.jar");
            withPluginVersion(youtube, upgrade, "1.1.0");
            Files.move(upgrade, youtube, StandardCopyOption.REPLACE_EXISTING);

            Run run = BotProcess.run(
                    workDir, Map.of(), install.resolve("bin/musicbot").toString(), "plugins", "list");

            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out().lines())
                    .as(run.describe())
                    .anySatisfy(line -> assertThat(line.split(" +")).startsWith("youtube", "1.1.0", "file", "started"))
                    .anySatisfy(line -> assertThat(line.split(" +")).startsWith("spotify", spotify, "file", "started"))
                    .noneSatisfy(line -> assertThat(line).contains("superseded"));
        } finally {
            for (Path link : links) {
                Files.delete(link);
            }
        }
    }

    @Test
    void doctorReportsDaveToolsAndJava() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), LAUNCHER.toString(), "doctor");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(finding(run, "java")).contains("25");
        assertThat(finding(run, "yt-dlp")).isNotBlank();
        assertThat(finding(run, "ffmpeg")).isNotBlank();
        assertThat(finding(run, "glibc")).containsIgnoringCase("glibc");
        // The natives jars are found (whether libdave then loads depends on glibc).
        assertThat(finding(run, "dave")).doesNotContain("no JDAVE natives");
        if (glibcBefore238()) {
            assertThat(finding(run, "dave")).startsWith("UNAVAILABLE");
        }
    }

    @Test
    void launcherRunsTheRuntimeAsANamedModuleWithoutPatchingModules() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), LAUNCHER.toString(), "doctor");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(finding(run, "modules"))
                .startsWith("module path: dev.musicbot.runtime ")
                .contains("class path: udpqueue-api-")
                // --patch-module would turn the JDK's CDS and AOT cache off
                .doesNotContain("natives patched", "bot-runtime", "bot-api", "jdave-native");
        assertThat(finding(run, "jvm options")).doesNotContain("--module-path", "--patch-module");
    }

    @Test
    void theNativesLoadedAsResourcesAreInsideTheJarsOfTheModulesThatLoadThem() throws Exception {
        Map<String, List<String>> natives = Map.of(
                "jdave-api-",
                List.of("natives/linux-x86-64/libdave.so", "natives/linux-aarch64/libdave.so"),
                "lavaplayer-2",
                List.of("natives/linux-x86-64/libconnector.so", "natives/linux-aarch64/libconnector.so"),
                "opus-java-api-",
                List.of("natives/linux-x86-64/libopus.so", "natives/linux-aarch64/libopus.so"));
        for (var module : natives.entrySet()) {
            Path jar;
            try (var lib = Files.list(DIST.resolve("lib"))) {
                jar = lib.filter(file -> file.getFileName().toString().startsWith(module.getKey()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + module.getKey() + "* jar in lib/"));
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                for (String entry : module.getValue()) {
                    assertThat(file.getJarEntry(entry))
                            .as(jar + " holds " + entry)
                            .isNotNull();
                }
                assertThat(file.getJarEntry("META-INF/MANIFEST.MF")).isNotNull();
            }
        }
        try (var lib = Files.list(DIST.resolve("lib"))) {
            assertThat(lib.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("jdave-native-")
                            || name.startsWith("lavaplayer-natives-")
                            || name.startsWith("opus-java-natives-"));
        }
    }

    @Test
    void doctorSaysGlibcIsWhyDaveIsUnavailable() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), LAUNCHER.toString(), "doctor");

        if (glibcBefore238()) {
            assertThat(finding(run, "dave")).startsWith("UNAVAILABLE").containsIgnoringCase("glibc");
        }
    }

    @Test
    void platformChoosesTheJvmOptionsAndJavaOptsComeLast() throws Exception {
        Run run = BotProcess.run(
                workDir,
                Map.of("MUSICBOT_JAVA_OPTS", "-Xmx100m -Dprobe=1"),
                LAUNCHER.toString(),
                "doctor",
                "--platform",
                "armv7");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(finding(run, "platform")).endsWith("using armv7" + overriddenSuffix());
        assertThat(finding(run, "jvm options"))
                .contains("-XX:+UseSerialGC", "-Xmx192m", "-Xss256k", "-XX:+ExitOnOutOfMemoryError")
                .contains("-Dmusicbot.home=" + DIST)
                .endsWith("-Xmx100m -Dprobe=1");
        assertThat(finding(run, "os")).containsPattern("max heap (9[0-9]|100) MiB"); // serial GC omits a survivor
    }

    @Test
    void launcherFollowsSymlinksToItsInstallation() throws Exception {
        Path link = Files.createSymbolicLink(workDir.resolve("musicbot"), LAUNCHER);
        try {
            Run run = BotProcess.run(workDir, Map.of("BOT_TOKEN", "test-token"), link.toString(), "config", "check");

            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out()).contains("file " + DIST.resolve("config/musicbot.yml"));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void launcherFallsBackToJavaHomeWithoutTheImage() throws Exception {
        Path install = workDir.resolve("install");
        Files.createDirectories(install.resolve("bin"));
        Files.copy(LAUNCHER, install.resolve("bin/musicbot"));
        List<Path> links = new ArrayList<>();
        try {
            for (String dir : List.of("lib", "config", "plugins")) {
                links.add(Files.createSymbolicLink(install.resolve(dir), DIST.resolve(dir)));
            }

            Run run = BotProcess.run(
                    workDir,
                    Map.of("JAVA_HOME", System.getProperty("java.home")),
                    install.resolve("bin/musicbot").toString(),
                    "--version");

            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out()).contains("musicbot");
        } finally {
            for (Path link : links) {
                Files.delete(link);
            }
        }
    }

    @Test
    void launcherSaysWhenTheImageNeedsANewerGlibcAndUsesJavaHome() throws Exception {
        Path install = workDir.resolve("install");
        Files.createDirectories(install.resolve("bin"));
        Files.createDirectories(install.resolve("runtime"));
        Files.copy(LAUNCHER, install.resolve("bin/musicbot"));
        // An image like the ARM ones (linked from Debian trixie), but needing a glibc no system has.
        Files.writeString(
                install.resolve("runtime/release"),
                Files.readString(DIST.resolve("runtime/release")) + "GLIBC_MINIMUM=\"99.0\"\n");
        List<Path> links = new ArrayList<>();
        try {
            links.add(Files.createSymbolicLink(install.resolve("runtime/bin"), DIST.resolve("runtime/bin")));
            for (String dir : List.of("lib", "config", "plugins")) {
                links.add(Files.createSymbolicLink(install.resolve(dir), DIST.resolve(dir)));
            }

            Run run = BotProcess.run(
                    workDir,
                    Map.of("JAVA_HOME", System.getProperty("java.home")),
                    install.resolve("bin/musicbot").toString(),
                    "--version");

            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out()).contains("musicbot");
            assertThat(run.err())
                    .containsPattern("runtime needs glibc 99\\.0 or newer and this system has glibc 2\\.[0-9]+;")
                    .contains("container image");
        } finally {
            for (Path link : links) {
                Files.delete(link);
            }
        }
    }

    @Test
    void runConnectsRegistersCommandsAndStopsCleanlyOnSigterm() throws Exception {
        try (DiscordSimulator discord = DiscordSimulator.start()) {
            discord.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .create();
            TrustStoreFile trust = discord.voiceTrustStore();
            Map<String, String> env = Map.of(
                    "BOT_TOKEN", discord.token(),
                    "MUSICBOT_DISCORD_REST_URL", discord.restBaseUrl(),
                    "MUSICBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "MUSICBOT_DISCORD_VOICE_TRUST_STORE", trust.path().toString(),
                    "MUSICBOT_DISCORD_VOICE_TRUST_STORE_PASSWORD", trust.password(),
                    // The simulator offers DAVE only when asked; the default (required) would refuse its voice.
                    "MUSICBOT_VOICE_DAVE", "preferred");
            BotProcess bot = BotProcess.start(workDir, env, LAUNCHER.toString(), "run");
            try {
                assertThat(awaitPlayCommand(discord, bot).path("name").asText()).isEqualTo("play");
                assertThat(discord.commands())
                        .extracting(c -> c.path("name").asText())
                        .contains("join", "leave");
                assertThat(bot.process().info().command())
                        .as("bin/musicbot execs the JVM in its own process")
                        .contains(IMAGE_JAVA.toString());
                bot.process().destroy(); // SIGTERM
                assertThat(bot.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                Run run = bot.finish();
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(143);
                assertThat(run.err()).contains("Connected to Discord", "Shutting down", "Stopped");
                Path log = workDir.resolve("logs/musicbot.log");
                assertThat(log).as("rolling log file in ./logs").isNotEmptyFile();
                assertThat(Files.readString(log))
                        .contains("Connected to Discord")
                        .doesNotContain(discord.token());
                assertThat(run.out() + run.err()).doesNotContain(discord.token());
            } finally {
                bot.process().destroyForcibly();
            }
        }
    }

    @Test
    void runPlaysALinkAndTheVoiceServerHearsIt() throws Exception {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator discord = DiscordSimulator.start()) {
            // MP3: decoded and encoded to Opus, so LavaPlayer loads its native encoder from lib/.
            String tone = http.serve(
                            "/tone.mp3", AudioFixtures.sine(workDir, AudioFileFormat.MP3, 440, Duration.ofSeconds(20)))
                    .toString();
            SimGuild guild = discord.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            TrustStoreFile trust = discord.voiceTrustStore();
            Map<String, String> env = Map.of(
                    "BOT_TOKEN", discord.token(),
                    "MUSICBOT_DISCORD_REST_URL", discord.restBaseUrl(),
                    "MUSICBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "MUSICBOT_DISCORD_VOICE_TRUST_STORE", trust.path().toString(),
                    "MUSICBOT_DISCORD_VOICE_TRUST_STORE_PASSWORD", trust.password(),
                    "MUSICBOT_VOICE_DAVE", "preferred",
                    "MUSICBOT_SOURCES_HTTP_ALLOW", "127.0.0.1");
            BotProcess bot = BotProcess.start(workDir, env, LAUNCHER.toString(), "run");
            try {
                awaitPlayCommand(discord, bot);
                SimInteraction play = discord.slash(guild, "alice", "play", Map.of("query", tone));
                assertThat(play.awaitContent(text -> text.startsWith("Now playing"), Duration.ofSeconds(30))
                                .content())
                        .startsWith("Now playing");
                discord.voice(guild)
                        .awaitConnected(Duration.ofSeconds(30))
                        .awaitAudio(Duration.ofSeconds(2), Duration.ofSeconds(30));
                bot.process().destroy();
                assertThat(bot.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(bot.finish().err())
                        .doesNotContain(
                                "restricted method",
                                "NoClassDefFoundError",
                                "IllegalAccessError",
                                "InaccessibleObject");
            } finally {
                bot.process().destroyForcibly();
            }
        }
    }

    @Test
    void imageHoldsOnlyJdkModules() throws Exception {
        Run run = BotProcess.run(workDir, Map.of(), IMAGE_JAVA.toString(), "--list-modules");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> modules =
                run.out().lines().map(line -> line.replaceAll("@.*", "")).toList();
        assertThat(modules)
                .isNotEmpty()
                .allSatisfy(module -> assertThat(module).matches("(java|jdk)\\..+"))
                .contains(
                        "java.base",
                        "java.net.http",
                        "jdk.httpserver",
                        "jdk.zipfs",
                        "jdk.unsupported",
                        "jdk.management",
                        "java.naming",
                        "java.sql");
    }

    @Test
    void imageDoesTlsWithEcKeysAndZipFileSystems() throws Exception {
        Path keyStore = workDir.resolve("probe.p12");
        Run keytool = BotProcess.run(
                workDir,
                Map.of(),
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-keystore",
                keyStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit",
                "-alias",
                "probe",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2");
        assertThat(keytool.exitCode()).as(keytool.describe()).isZero();

        Run probe = BotProcess.run(
                workDir,
                Map.of(),
                IMAGE_JAVA.toString(),
                "-cp",
                testClasses().toString(),
                ImageProbe.class.getName(),
                keyStore.toString(),
                "changeit",
                workDir.resolve("probe.zip").toString());

        assertThat(probe.exitCode()).as(probe.describe()).isZero();
        assertThat(probe.out())
                .containsPattern("https 200 pong TLSv1\\.3 TLS_\\S+ EC")
                .containsPattern("cacerts [1-9][0-9]{2}")
                .contains("zipfs plugin.id=probe", "management com.sun.management", "unsafe sun.misc.Unsafe");
    }

    @Test
    void tarballKeepsTheLayoutAndExecutableBits() throws Exception {
        Path tarball = DIST.resolveSibling("musicbot-" + System.getProperty("project.version") + "-linux.tar.gz");
        Run run =
                BotProcess.run(workDir, Map.of(), "tar", "--list", "--verbose", "--gzip", "--file", tarball.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(line -> assertThat(line).startsWith("-rwxr-xr-x").endsWith(" musicbot/bin/musicbot"))
                .anySatisfy(line -> assertThat(line).startsWith("-rwxr-xr-x").endsWith(" musicbot/runtime/bin/java"))
                .anySatisfy(line -> assertThat(line).endsWith(" musicbot/config/jvm/armv7.options"))
                .anySatisfy(line -> assertThat(line).endsWith(" musicbot/plugins/README.txt"))
                .anySatisfy(line -> assertThat(line).endsWith(" musicbot/plugins/plugin-youtube.jar"))
                .anySatisfy(line -> assertThat(line).contains(" musicbot/lib/bot-runtime-"))
                .anySatisfy(line -> assertThat(line).contains(" musicbot/lib/jdave-api-"))
                // the AOT cache of target/musicbot would match no other directory (AotCacheIT)
                .noneSatisfy(line -> assertThat(line).endsWith(".aot"));
    }

    /** Waits for the bot to register /play, or fails with what the bot printed. */
    private static com.fasterxml.jackson.databind.JsonNode awaitPlayCommand(DiscordSimulator discord, BotProcess bot)
            throws IOException {
        try {
            return discord.awaitCommand("play", Duration.ofSeconds(60));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + bot.finish().describe(), e);
        }
    }

    /** A plugin file's {@code Plugin-Version}. */
    private static String pluginVersion(Path file) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Plugin-Version");
        }
    }

    /** Copies a plugin file as another build of it would be: the same, with another {@code Plugin-Version}. */
    private static void withPluginVersion(Path source, Path target, String version) throws IOException {
        try (JarFile jar = new JarFile(source.toFile())) {
            Manifest manifest = new Manifest(jar.getManifest());
            manifest.getMainAttributes().putValue("Plugin-Version", version);
            manifest.getMainAttributes().putValue("Implementation-Version", version);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    /** The value of doctor's line for a label ({@code ok|!! <label> <value>}). */
    private static String finding(Run run, String label) {
        String prefix = "%-12s ".formatted(label);
        return run.out()
                .lines()
                .filter(line -> line.length() > 3 && line.substring(3).startsWith(prefix))
                .map(line -> line.substring(3 + prefix.length()).strip())
                .findFirst()
                .orElseThrow(() -> new AssertionError("doctor printed no '" + label + "' line:\n" + run.describe()));
    }

    private static String overriddenSuffix() {
        return System.getProperty("os.arch").startsWith("arm") ? "" : " (overridden)";
    }

    private static boolean glibcBefore238() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "GNU_LIBC_VERSION").start();
        String version = new String(getconf.getInputStream().readAllBytes()).strip(); // "glibc 2.36"
        getconf.waitFor();
        String[] parts = version.replace("glibc ", "").split("\\.");
        return parts.length >= 2 && Integer.parseInt(parts[0]) == 2 && Integer.parseInt(parts[1]) < 38;
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(ImageProbe.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
