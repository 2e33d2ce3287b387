package dev.musicbot.runtime.doctor;

import dev.musicbot.runtime.BotVersion;
import dev.musicbot.runtime.config.LoadedConfig;
import dev.musicbot.runtime.config.Redaction;
import dev.musicbot.runtime.discord.DaveSupport;
import dev.musicbot.runtime.discord.GlibcVersion;
import dev.musicbot.runtime.platform.Platform;
import dev.musicbot.runtime.platform.PlatformProfile;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gathers the facts {@code musicbot doctor} prints. */
public final class Doctor {
    private Doctor() {}

    /** One fact: a label, a value, and whether it is a problem. */
    public record Finding(String label, String value, boolean problem) {}

    public static List<Finding> examine(LoadedConfig loaded) {
        List<Finding> findings = new ArrayList<>();
        PlatformProfile profile = loaded.profile();
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
        findings.add(new Finding(
                "glibc", GlibcVersion.current().map(v -> "glibc " + v).orElse("unknown (not a glibc system?)"), false));
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
                "jvm options",
                String.join(
                        " ",
                        Redaction.arguments(ManagementFactory.getRuntimeMXBean().getInputArguments())),
                false));
        DaveSupport dave = DaveSupport.probe();
        findings.add(new Finding("dave", dave.describe(), !dave.available()));
        findings.add(tool("yt-dlp", List.of("yt-dlp", "--version"), "needed for YouTube and SoundCloud"));
        findings.add(tool("ffmpeg", List.of("ffmpeg", "-version"), "needed for SoundCloud HLS/AAC and some streams"));
        findings.add(jsRuntime());
        return findings;
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
