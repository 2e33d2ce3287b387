package dev.musicbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the machine is and how busy it was, from {@code /proc}. */
final class Machine {
    private Machine() {}

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static Figures.Machine describe(String loadBefore) {
        return new Figures.Machine(
                field("/proc/cpuinfo", "model name"),
                Runtime.getRuntime().availableProcessors(),
                memoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                loadBefore,
                loadAverage());
    }

    /** The platform profile of this machine, as {@code bin/musicbot} picks it. */
    static String platform() {
        return switch (System.getProperty("os.arch")) {
            case "aarch64", "arm64" -> "aarch64";
            case "arm", "armv7l", "aarch32" -> "armv7";
            default -> "x86_64";
        };
    }

    private static long memoryMb() {
        String total = field("/proc/meminfo", "MemTotal");
        try {
            return Long.parseLong(total.split("\\s+")[0]) / 1024;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String field(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
