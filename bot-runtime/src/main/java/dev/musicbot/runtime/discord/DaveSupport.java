package dev.musicbot.runtime.discord;

import club.minnced.discord.jdave.ffi.LibDave;
import dev.musicbot.runtime.platform.Platform;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether DAVE (Discord's end-to-end encrypted voice, required since March 2026) can be used here: JDAVE's
 * native library must load, which needs a JDAVE natives jar for this OS and CPU and glibc 2.38 or newer.
 *
 * @param available whether the natives loaded
 * @param maxProtocolVersion the highest DAVE protocol version libdave supports, or 0
 * @param reason why it is unavailable, or {@code null}
 */
public record DaveSupport(
        boolean available, int maxProtocolVersion, @Nullable String reason) {

    /** The oldest glibc JDAVE's prebuilt libdave runs on. */
    static final String REQUIRED_GLIBC = "2.38";

    private static final class Holder {
        static final DaveSupport PROBED = probeNow();
    }

    /** Probes once per JVM (loading a native library is not repeatable). */
    public static DaveSupport probe() {
        return Holder.PROBED;
    }

    private static DaveSupport probeNow() {
        try {
            int version = LibDave.getMaxSupportedProtocolVersion();
            return new DaveSupport(true, version, null);
        } catch (Throwable failure) { // natives signal with errors (UnsatisfiedLinkError, ExceptionInInitializerError)
            return new DaveSupport(false, 0, explain(failure));
        }
    }

    static String explain(Throwable failure) {
        return explain(failure, System.getProperty("os.arch", ""));
    }

    static String explain(Throwable failure, String arch) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        if (message.startsWith("Unsupported arch") || Platform.fromArch(arch).orElse(null) == Platform.ARMV7) {
            // JDAVE's loader says only "Unsupported arch: arm".
            return "no DAVE natives for "
                    + (Platform.fromArch(arch).orElse(null) == Platform.ARMV7 ? "32-bit ARM" : arch)
                    + " (" + arch + ") exist: JDAVE publishes libdave for 64-bit CPUs only (x86_64, aarch64);"
                    + " on a Raspberry Pi 3/4/5 use a 64-bit OS with the aarch64 archive or image";
        }
        if (message.contains("GLIBC_")) {
            return "libdave needs glibc " + REQUIRED_GLIBC + " or newer, and this system is older (" + message.strip()
                    + ")";
        }
        Optional<String> glibc = GlibcVersion.current();
        if (message.startsWith("Cannot open library")
                && glibc.isPresent()
                && GlibcVersion.isOlderThan(glibc.get(), REQUIRED_GLIBC)) {
            // Java's loader hides dlerror(); the usual cause is an old C library.
            return "libdave needs glibc " + REQUIRED_GLIBC + " or newer, and this system has glibc " + glibc.get();
        }
        if (root instanceof NoClassDefFoundError || message.contains("natives/")) {
            return "no JDAVE natives for " + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + " are installed (" + message.strip() + ")";
        }
        return root.getClass().getSimpleName() + ": " + message.strip();
    }

    /** One line for logs and doctor. */
    public String describe() {
        return available
                ? "available (libdave protocol version " + maxProtocolVersion + ")"
                : "UNAVAILABLE: " + reason
                        + ". Discord refuses voice connections without DAVE; the bot can join voice only where DAVE is not enforced.";
    }
}
