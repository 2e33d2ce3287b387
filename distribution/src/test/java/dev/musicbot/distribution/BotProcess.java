package dev.musicbot.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A process started from an empty working directory, with stdout and stderr captured in files (so no pipe can
 * fill up and block it) and an environment stripped of everything that would configure the bot.
 *
 * @param command the command line
 * @param process the running process
 * @param out where stdout goes
 * @param err where stderr goes
 */
record BotProcess(List<String> command, Process process, Path out, Path err) {
    private static final long TIMEOUT_SECONDS = 90;
    private static final Set<String> LEAKY =
            Set.of("BOT_TOKEN", "STAY_CONNECTED_24_7", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** Starts a command; {@code env} is added to the cleaned environment. */
    static BotProcess start(Path workDir, Map<String, String> env, String... command) throws IOException {
        Path out = Files.createTempFile("musicbot-it-", ".out");
        Path err = Files.createTempFile("musicbot-it-", ".err");
        out.toFile().deleteOnExit();
        err.toFile().deleteOnExit();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("MUSICBOT_") || LEAKY.contains(key));
        builder.environment().putAll(env);
        return new BotProcess(List.of(command), builder.start(), out, err);
    }

    /** Runs a command to completion (or fails the test after the timeout). */
    static Run run(Path workDir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        BotProcess started = start(workDir, env, command);
        if (!started.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            started.process.destroyForcibly();
            throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s:\n"
                    + started.finish().describe());
        }
        return started.finish();
    }

    /** Waits until the process runs {@code executable} (after the launcher script has exec'd it). */
    boolean awaitCommand(String executable, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (process.info().command().filter(executable::equals).isPresent()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** What the process printed so far, with its exit code (-1 while it runs). */
    Run finish() throws IOException {
        return new Run(
                command,
                process.isAlive() ? -1 : process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
