package dev.musicbot.runtime.platform;

import java.util.Locale;
import java.util.Optional;

/** The machine kinds the bot is tuned for. */
public enum Platform {
    X86_64("x86_64"),
    AARCH64("aarch64"),
    ARMV7("armv7");

    private final String key;

    Platform(String key) {
        this.key = key;
    }

    /** The name used on the command line, in configuration and in file names. */
    public String key() {
        return key;
    }

    /**
     * The platform of this JVM, from {@code os.arch}. Unknown architectures get the x86_64 profile, the
     * least constrained, and doctor says so.
     */
    public static Platform current() {
        return fromArch(System.getProperty("os.arch", "")).orElse(X86_64);
    }

    /**
     * Maps an {@code os.arch} or {@code uname -m} value to a platform.
     *
     * @param arch the architecture name
     * @return the platform, or empty if unknown
     */
    public static Optional<Platform> fromArch(String arch) {
        return switch (arch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64", "x64" -> Optional.of(X86_64);
            case "aarch64", "arm64", "armv8", "armv8l" -> Optional.of(AARCH64);
            case "arm", "armv7", "armv7l", "armhf", "armv6l", "aarch32" -> Optional.of(ARMV7);
            default -> Optional.empty();
        };
    }

    /**
     * Parses a platform name as given to {@code --platform} (also accepts {@code arm64}, {@code amd64}).
     *
     * @param name the name
     * @return the platform
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Platform parse(String name) {
        for (Platform platform : values()) {
            if (platform.key.equalsIgnoreCase(name)) {
                return platform;
            }
        }
        return fromArch(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown platform '" + name + "'; use one of x86_64, aarch64, armv7"));
    }

    @Override
    public String toString() {
        return key;
    }
}
