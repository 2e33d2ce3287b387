package dev.musicbot.ytdlp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run yt-dlp for one plugin.
 *
 * @param binary the executable: a path, or a name looked up on the {@code PATH} (default {@code yt-dlp})
 * @param jsRuntime a JS runtime spec such as {@code deno:/usr/local/bin/deno}, passed as {@code --js-runtimes}
 *     with {@code --remote-components ejs:npm}; {@code null} passes neither (older yt-dlp knows neither flag)
 * @param cookies a Netscape cookies file passed as {@code --cookies}, or {@code null}
 * @param timeout how long one run may take before the whole process tree is killed (default 30 s)
 * @param extraArgs further arguments, placed before the target
 * @param configSection the plugin's configuration section (for example {@code plugins.youtube}), named in
 *     messages that tell the owner what to set
 * @param site the site's display name (for example {@code YouTube}), used in messages
 */
public record YtDlpSettings(
        String binary,
        @Nullable String jsRuntime,
        @Nullable Path cookies,
        Duration timeout,
        List<String> extraArgs,
        String configSection,
        String site) {

    /** The default executable name. */
    public static final String DEFAULT_BINARY = "yt-dlp";

    /** The default time limit of one run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Validates the fields and copies the list. */
    public YtDlpSettings {
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(configSection, "configSection");
        Objects.requireNonNull(site, "site");
        extraArgs = List.copyOf(extraArgs);
        if (binary.isBlank()) {
            throw new IllegalArgumentException(configSection + ".yt-dlp must not be blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(configSection + ".timeout-seconds must be positive");
        }
    }

    /**
     * Settings from a plugin's optional configuration values, with defaults for what is absent or blank.
     *
     * @param configSection the plugin's section, for example {@code plugins.youtube}
     * @param site the site's display name
     * @param binary the executable, or {@code null} for {@code yt-dlp}
     * @param jsRuntime the JS runtime spec, or {@code null}
     * @param cookies the cookies file, or {@code null}
     * @param timeoutSeconds the time limit in seconds, or {@code null} for 30
     * @param extraArgs further arguments, or {@code null}
     * @return the settings
     */
    public static YtDlpSettings of(
            String configSection,
            String site,
            @Nullable String binary,
            @Nullable String jsRuntime,
            @Nullable String cookies,
            @Nullable Integer timeoutSeconds,
            @Nullable List<String> extraArgs) {
        return new YtDlpSettings(
                blankToNull(binary) == null ? DEFAULT_BINARY : binary.strip(),
                blankToNull(jsRuntime),
                blankToNull(cookies) == null ? null : Path.of(cookies.strip()),
                timeoutSeconds == null ? DEFAULT_TIMEOUT : Duration.ofSeconds(timeoutSeconds),
                extraArgs == null ? List.of() : extraArgs,
                configSection,
                site);
    }

    /**
     * The same settings for another executable (tests, wrappers).
     *
     * @param otherBinary the executable
     * @return the new settings
     */
    public YtDlpSettings withBinary(String otherBinary) {
        return new YtDlpSettings(otherBinary, jsRuntime, cookies, timeout, extraArgs, configSection, site);
    }

    /**
     * The same settings with another time limit.
     *
     * @param otherTimeout the time limit
     * @return the new settings
     */
    public YtDlpSettings withTimeout(Duration otherTimeout) {
        return new YtDlpSettings(binary, jsRuntime, cookies, otherTimeout, extraArgs, configSection, site);
    }

    /**
     * The options every run gets before its own: JS runtime, cookies, extra arguments.
     *
     * @return the options
     */
    List<String> commonOptions() {
        List<String> options = new java.util.ArrayList<>();
        if (jsRuntime != null) {
            options.addAll(List.of("--js-runtimes", jsRuntime, "--remote-components", "ejs:npm"));
        }
        if (cookies != null) {
            options.addAll(List.of("--cookies", cookies.toString()));
        }
        options.addAll(extraArgs);
        return options;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
