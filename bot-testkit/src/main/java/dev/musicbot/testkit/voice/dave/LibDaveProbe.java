package dev.musicbot.testkit.voice.dave;

import club.minnced.discord.jdave.ffi.LibDave;
import java.util.Optional;

/** Whether JDAVE's libdave loads in this JVM (it needs a natives jar for this platform and glibc 2.38+). */
public final class LibDaveProbe {
    private static final Optional<String> PROBLEM = probe();

    private LibDaveProbe() {}

    /** Why libdave cannot be used here, or empty when it loads. */
    public static Optional<String> problem() {
        return PROBLEM;
    }

    private static Optional<String> probe() {
        try {
            int version = LibDave.getMaxSupportedProtocolVersion();
            return version >= 1
                    ? Optional.empty()
                    : Optional.of("libdave supports DAVE protocol version " + version + " only");
        } catch (LinkageError | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return Optional.of("JDAVE's libdave does not load (it needs glibc 2.38+): " + cause);
        }
    }
}
