package dev.musicbot.runtime.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.runtime.BotVersion;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.config.LoadedConfig;
import dev.musicbot.runtime.config.Redaction;
import dev.musicbot.runtime.discord.AudioSend;
import dev.musicbot.runtime.discord.DaveSupport;
import dev.musicbot.runtime.discord.GlibcVersion;
import dev.musicbot.runtime.platform.Platform;
import dev.musicbot.runtime.platform.PlatformProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Gathers the facts {@code musicbot doctor} prints. */
public final class Doctor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Doctor() {}

    /** One fact: a label, a value, and whether it is a problem. */
    public record Finding(String label, String value, boolean problem) {}

    public static List<Finding> examine(LoadedConfig loaded) {
        List<Finding> findings = new ArrayList<>();
        PlatformProfile profile = loaded.profile();
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Platform detected = Platform.current();
        findings.add(new Finding("musicbot", BotVersion.build(), false));
        findings.add(new Finding(
                "java",
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                Runtime.version().feature() < 25));
        findings.add(new Finding(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + ", arch " + System.getProperty("os.arch") + ", "
                        + Runtime.getRuntime().availableProcessors()
                        + " CPUs, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB",
                false));
        findings.add(jvm(System.getProperty("java.vm.name", ""), System.getProperty("java.vm.info", "")));
        findings.add(
                glibc(GlibcVersion.current(), home().flatMap(home -> glibcNeeded(home.resolve("runtime/release")))));
        findings.add(new Finding(
                "platform",
                "detected " + detected + ", using " + profile.platform()
                        + (detected == profile.platform() ? "" : " (overridden)"),
                false));
        findings.add(new Finding(
                "profile",
                profile.summary() + "; workers " + loaded.config().tuning().workers()
                        + ", cache " + loaded.config().tuning().cacheSize() + ", buffer "
                        + loaded.config().tuning().bufferMs()
                        + " ms, opus quality " + loaded.config().tuning().opusQuality() + ", resampling "
                        + loaded.config().tuning().resamplingQuality(),
                false));
        findings.add(new Finding(
                "jvm options", String.join(" ", Redaction.arguments(ModuleLayout.chosenOptions(arguments))), false));
        findings.add(ModuleLayout.describe(
                Doctor.class.getModule(),
                ModuleLayer.boot().modules().size(),
                arguments,
                System.getProperty("java.class.path", "")));
        findings.add(aotCache(arguments, System.getProperty("java.vm.info", "")));
        DaveSupport dave = DaveSupport.probe();
        findings.add(new Finding(
                "dave",
                dave.describe() + "; voice.dave: "
                        + loaded.config().voice().dave().name().toLowerCase(Locale.ROOT)
                        + (!dave.available() && loaded.config().voice().dave() == BotConfig.DaveMode.REQUIRED
                                ? " (so the bot refuses every voice connection)"
                                : ""),
                !dave.available()));
        BotConfig.SendMode sendMode = loaded.config().voice().send();
        AudioSend send = AudioSend.choose(sendMode);
        findings.add(new Finding(
                "voice send",
                send.description() + "; voice.send: " + sendMode.name().toLowerCase(Locale.ROOT),
                sendMode == BotConfig.SendMode.NATIVE && !send.nativeQueue()));
        findings.add(runningBot(loaded.config().health()));
        findings.add(tool("yt-dlp", List.of("yt-dlp", "--version"), "needed for YouTube and SoundCloud"));
        findings.add(tool("ffmpeg", List.of("ffmpeg", "-version"), "needed for SoundCloud HLS/AAC and some streams"));
        findings.add(jsRuntime());
        return findings;
    }

    /**
     * DAVE on each voice connection of the bot running with this configuration, as its health endpoint reports
     * it; a connection without DAVE or with encrypt failures is a problem. No running bot is not a problem.
     */
    public static Finding runningBot(BotConfig.Health health) {
        if (!health.enabled()) {
            return new Finding("voice", "unknown: the health endpoint is off (health.enabled: false)", false);
        }
        String host = health.host().equals("0.0.0.0") || health.host().equals("::") ? "127.0.0.1" : health.host();
        URI uri = URI.create(
                "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + health.port() + "/health");
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode dave = JSON.readTree(response.body()).path("checks").path("dave");
            if (dave.isMissingNode()) {
                return new Finding("voice", "the service at " + uri + " did not report DAVE", false);
            }
            return voice(dave);
        } catch (IOException | IllegalArgumentException e) {
            return new Finding(
                    "voice",
                    "no running bot answered at " + uri + " (start it to see DAVE per voice connection)",
                    false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Finding("voice", "interrupted while asking " + uri, false);
        }
    }

    /** The {@code dave} check of a running bot's {@code /health}, as one finding. */
    static Finding voice(JsonNode dave) {
        JsonNode connections = dave.path("data").path("connections");
        if (connections.isEmpty()) {
            return new Finding("voice", "the running bot has no voice connection", false);
        }
        List<String> each = new ArrayList<>();
        boolean problem = false;
        for (JsonNode c : connections) {
            int version = c.path("protocol-version").asInt(-1);
            long epoch = c.path("epoch").asLong(-1);
            long failures = c.path("encrypt-failures").asLong();
            problem |= version == 0 || failures > 0;
            each.add("guild " + c.path("guild").asText("?") + ": "
                    + (version < 0 ? "DAVE not negotiated yet" : "DAVE protocol version " + version)
                    + ", epoch " + (epoch < 0 ? "unknown" : Long.toString(epoch))
                    + ", " + c.path("transitions").asLong() + " transition(s), " + failures
                    + " encrypt failure(s), " + c.path("decrypt-failures").asLong() + " decrypt failure(s), "
                    + c.path("rejected-commits").asLong() + " rejected commit(s)");
        }
        return new Finding("voice", String.join("; ", each), problem);
    }

    /**
     * The JDK AOT cache (JEP 483) this JVM was given ({@code -XX:AOTCache}, which {@code bin/musicbot} sets to
     * {@code runtime/lib/musicbot.aot} with {@code -XX:AOTMode=auto}) and whether it was mapped: the JVM says
     * "sharing" in {@code java.vm.info} when it maps a CDS archive or AOT cache, and with {@code AOTMode=auto} it
     * runs on without one that does not match. The last of repeated options wins, as in the JVM.
     */
    static Finding aotCache(List<String> arguments, String vmInfo) {
        String mode = last(arguments, "-XX:AOTMode=").orElse("auto");
        Optional<String> cache = last(arguments, "-XX:AOTCache=");
        boolean sharing = vmInfo.contains("sharing");
        if (mode.equals("off")) {
            return new Finding("aot cache", "off (-XX:AOTMode=off)", false);
        }
        if (cache.isEmpty()) {
            return new Finding(
                    "aot cache",
                    "none" + (sharing ? " (the JDK's own CDS archive is in use)" : " (and no CDS archive in use)"),
                    false);
        }
        if (sharing) {
            return new Finding("aot cache", "in use: " + cache.get(), false);
        }
        return new Finding(
                "aot cache",
                "not used: " + cache.get() + " does not match this runtime, lib/ and options, or is unreadable"
                        + " (MUSICBOT_JAVA_OPTS=-Xlog:aot says why)",
                false);
    }

    private static Optional<String> last(List<String> arguments, String prefix) {
        return arguments.stream()
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .reduce((first, second) -> second);
    }

    /** The JVM: on Zero (Debian's armhf OpenJDK, an interpreter) says what that means for audio. */
    static Finding jvm(String name, String info) {
        String value = name + (info.isBlank() ? "" : " (" + info + ")");
        if (!name.contains("Zero")) {
            return new Finding("jvm", value, false);
        }
        return new Finding(
                "jvm",
                value + ": Zero is an interpreter without a JIT compiler, too slow to decode and re-encode audio in"
                        + " real time on a small board. Prefer Opus sources (YouTube, Ogg/Opus and WebM files) and"
                        + " keep the volume at 100 with no filters: the bot then passes Opus through without"
                        + " re-encoding",
                true);
    }

    /**
     * The C library, compared with what the bundled runtime needs ({@code GLIBC_MINIMUM} in {@code
     * runtime/release}, written for the ARM runtimes linked from Debian trixie).
     */
    static Finding glibc(Optional<String> version, Optional<String> needed) {
        if (version.isEmpty()) {
            return new Finding("glibc", "unknown (not a glibc system?)", false);
        }
        String have = version.get();
        if (needed.isEmpty()) {
            return new Finding("glibc", "glibc " + have, false);
        }
        if (GlibcVersion.isOlderThan(have, needed.get())) {
            return new Finding(
                    "glibc",
                    "glibc " + have + " is older than the glibc " + needed.get() + " the bundled runtime (runtime/)"
                            + " needs, so it cannot start here (bin/musicbot uses JAVA_HOME or PATH instead). Use the"
                            + " container image or an OS with glibc " + needed.get() + "+ (Debian trixie based;"
                            + " Raspberry Pi OS bookworm has 2.36)",
                    true);
        }
        return new Finding("glibc", "glibc " + have + " (the bundled runtime needs " + needed.get() + "+)", false);
    }

    /** {@code GLIBC_MINIMUM} of a runtime's {@code release} file, if it has one. */
    static Optional<String> glibcNeeded(Path release) {
        try (var lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("GLIBC_MINIMUM="))
                    .map(line -> line.substring("GLIBC_MINIMUM=".length())
                            .replace("\"", "")
                            .strip())
                    .filter(v -> !v.isEmpty())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> home() {
        String home = System.getProperty("musicbot.home", "");
        return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    private static Finding tool(String name, List<String> command, String why) {
        Optional<String> version = ExecutableProbe.firstLine(command);
        return new Finding(name, version.orElse("not found on PATH (" + why + ")"), version.isEmpty());
    }

    private static Finding jsRuntime() {
        for (List<String> command : List.of(List.of("deno", "--version"), List.of("node", "--version"))) {
            Optional<String> version = ExecutableProbe.firstLine(command);
            if (version.isPresent()) {
                return new Finding("js runtime", command.getFirst() + " " + version.get(), false);
            }
        }
        return new Finding("js runtime", "none found (yt-dlp needs Deno or Node for full YouTube support)", true);
    }
}
