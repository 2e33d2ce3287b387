package dev.musicbot.ytdlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an external program to completion with a hard time limit: stdout is collected (up to a limit),
 * stderr keeps only its last few kilobytes, and on timeout the program and everything it started are killed.
 * Nothing here blocks longer than the time limit plus a short grace period. Each run holds one of the bot-wide
 * {@link ProcessSlots} (each yt-dlp with its JavaScript runtime can take 100 MB or more); a run waits for a free
 * slot within its own time limit.
 */
public final class ProcessRunner {
    /** How much of stdout is kept before the run is given up (yt-dlp's JSON for one video is about 1 MB). */
    public static final int MAX_STDOUT_BYTES = 64 << 20;

    private static final int STDERR_TAIL_BYTES = 16 << 10;
    private static final Duration GRACE = Duration.ofSeconds(2);

    private ProcessRunner() {}

    /**
     * What a finished run produced.
     *
     * @param exitCode the exit code
     * @param stdout everything it printed on stdout
     * @param stderr the last part of what it printed on stderr
     */
    public record Result(int exitCode, byte[] stdout, String stderr) {}

    /** The program ran past its time limit and was killed. */
    public static final class TimedOutException extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOutException(Duration timeout) {
            super("killed after " + timeout.toMillis() + " ms");
        }
    }

    /**
     * Runs a command.
     *
     * @param command the program and its arguments
     * @param timeout the time limit
     * @return the result
     * @throws StartFailedException if the program cannot be started
     * @throws IOException if it printed more than {@link #MAX_STDOUT_BYTES} or its output could not be read
     * @throws TimedOutException if it ran past the time limit (it has been killed)
     * @throws InterruptedException if the calling thread was interrupted (the program has been killed)
     */
    public static Result run(List<String> command, Duration timeout)
            throws IOException, TimedOutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ProcessSlots.Slot slot = ProcessSlots.acquire(timeout);
        if (slot == null) {
            throw new TimedOutException(timeout); // every slot stayed busy for the whole time limit
        }
        try (slot) {
            return runStarted(start(command), deadline, timeout);
        }
    }

    private static Result runStarted(Process process, long deadline, Duration timeout)
            throws IOException, TimedOutException, InterruptedException {
        CompletableFuture<byte[]> stdout = collect(process.getInputStream(), new Capture.Head(MAX_STDOUT_BYTES));
        CompletableFuture<byte[]> stderr = collect(process.getErrorStream(), new Capture.Tail(STDERR_TAIL_BYTES));
        try {
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw new TimedOutException(timeout);
            }
            byte[] out = await(stdout, deadline);
            return new Result(process.exitValue(), out, new String(await(stderr, deadline), Capture.CHARSET));
        } catch (TimeoutException e) {
            throw new TimedOutException(timeout);
        } finally {
            killTree(process);
        }
    }

    /** The program could not be started (not found, not executable). */
    public static final class StartFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        StartFailedException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Starts a command with its stdin closed.
     *
     * @param command the program and its arguments
     * @return the running process
     * @throws StartFailedException if it cannot be started
     */
    public static Process start(List<String> command) throws StartFailedException {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new StartFailedException(e);
        }
    }

    /** Kills a process and every process it started, children first collected so none is orphaned. */
    public static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Keeps the last few kilobytes a running process prints on stderr (draining it, so the process never blocks
     * on a full pipe).
     *
     * @param process the process
     * @return the text, once the process closes its stderr
     */
    public static CompletableFuture<String> stderrTail(Process process) {
        return collect(process.getErrorStream(), new Capture.Tail(STDERR_TAIL_BYTES))
                .thenApply(bytes -> new String(bytes, Capture.CHARSET));
    }

    /**
     * Starts a daemon reader that drains a stream into a capture.
     *
     * @param in the stream
     * @param capture where the bytes go
     * @return the captured bytes once the stream ends
     */
    static CompletableFuture<byte[]> collect(InputStream in, Capture capture) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread.ofVirtual().name("process-reader").start(() -> {
            try (in) {
                capture.drain(in);
                result.complete(capture.bytes());
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static byte[] await(CompletableFuture<byte[]> reader, long deadline)
            throws IOException, TimeoutException, InterruptedException {
        try {
            return reader.get(remaining(deadline) + GRACE.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io
                    ? io.getCause()
                    : new IOException("reading the program's output failed", e.getCause());
        }
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
