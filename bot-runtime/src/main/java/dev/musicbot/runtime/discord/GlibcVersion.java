package dev.musicbot.runtime.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The C library version, from {@code getconf GNU_LIBC_VERSION} (glibc systems only). */
public final class GlibcVersion {
    private GlibcVersion() {}

    /** The version, for example {@code 2.36}, or empty on non-glibc systems. */
    public static Optional<String> current() {
        try {
            Process process = new ProcessBuilder("getconf", "GNU_LIBC_VERSION")
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return out.startsWith("glibc ")
                    ? Optional.of(out.substring("glibc ".length()).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Compares dotted versions numerically ({@code 2.36} is older than {@code 2.38}). */
    public static boolean isOlderThan(String version, String required) {
        String[] a = version.split("\\.");
        String[] b = required.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? parse(a[i]) : 0;
            int y = i < b.length ? parse(b[i]) : 0;
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    private static int parse(String part) {
        String digits = part.replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
