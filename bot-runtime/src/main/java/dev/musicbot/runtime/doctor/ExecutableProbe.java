package dev.musicbot.runtime.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs an external program's version command, with a timeout, to see whether it is there and which it is. */
final class ExecutableProbe {
    private static final long TIMEOUT_SECONDS = 10;

    private ExecutableProbe() {}

    /**
     * The first line the program prints for its version flag.
     *
     * @param command the program and its version flag
     * @return the first output line, or empty if the program is missing, fails or hangs
     */
    static Optional<String> firstLine(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            return output.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
