package dev.musicbot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the bench started and measures from outside, the same way for the bot and for the baseline: CPU time
 * and resident memory from the kernel, heap and live instances through {@code jcmd}, GC pauses from its
 * {@code -Xlog:gc} file. Output goes to files, so no pipe can fill up and block it.
 */
final class ChildJvm implements AutoCloseable, AotTraining.TrainedBot {
    private static final Pattern HEAP_USED = Pattern.compile("^\\S.*\\btotal\\b.*\\bused (\\d+)K");
    private static final Pattern PAUSE = Pattern.compile("Pause.* (\\d+(?:\\.\\d+)?)ms$");

    private final Process process;
    private final Path dir;
    private final Path gcLog;
    private final BufferedWriter stdin;
    private final long startNanos;

    private ChildJvm(Process process, Path dir, Path gcLog, long startNanos) {
        this.process = process;
        this.dir = dir;
        this.gcLog = gcLog;
        this.startNanos = startNanos;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code java <jvmOptions> -cp <this JVM's class path> <mainClass> <args>} in {@code dir}. */
    static ChildJvm start(
            Path dir, List<String> jvmOptions, String mainClass, List<String> args, Map<String, String> env)
            throws IOException {
        return start(dir, jvmOptions, Classpath.current(), mainClass, args, env);
    }

    /** Starts {@code java <jvmOptions> -cp <classPath> <mainClass> <args>} in {@code dir}. */
    static ChildJvm start(
            Path dir,
            List<String> jvmOptions,
            String classPath,
            String mainClass,
            List<String> args,
            Map<String, String> env)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog(dir));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return launch(dir, command, env);
    }

    /**
     * Starts an installed bot's {@code bin/musicbot <args>} in {@code dir}, which execs its JVM (so this process
     * is the JVM): {@code jvmOptions} go in {@code MUSICBOT_JAVA_OPTS}, after the launcher's own.
     */
    static ChildJvm startLauncher(
            Path dir, Path launcher, List<String> jvmOptions, List<String> args, Map<String, String> env)
            throws IOException {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xlog:gc:file=" + gcLog(dir));
        for (String option : options) {
            if (option.isBlank() || option.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("MUSICBOT_JAVA_OPTS splits on blanks: '" + option + "'");
            }
        }
        List<String> command = new ArrayList<>();
        command.add(launcher.toAbsolutePath().toString());
        command.addAll(args);
        Map<String, String> withOptions = new java.util.HashMap<>(env);
        withOptions.put("MUSICBOT_JAVA_OPTS", String.join(" ", options));
        return launch(dir, command, withOptions);
    }

    private static Path gcLog(Path dir) {
        return dir.resolve("gc.log");
    }

    private static ChildJvm launch(Path dir, List<String> command, Map<String, String> env) throws IOException {
        Files.createDirectories(dir);
        Path gcLog = gcLog(dir);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment()
                .keySet()
                .removeIf(key -> key.startsWith("MUSICBOT_")
                        || key.equals("BOT_TOKEN")
                        || key.equals("JAVA_TOOL_OPTIONS")
                        || key.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        // A bench stopped with Ctrl-C takes its children with it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-child-" + process.pid()));
        return new ChildJvm(process, dir, gcLog, start);
    }

    /** {@link System#nanoTime()} just before the process was started. */
    long startNanos() {
        return startNanos;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** User and system CPU time used so far. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Resident set size, in bytes ({@code VmRSS}). */
    long rssBytes() {
        return status("VmRSS:") * 1024;
    }

    /** Threads of the process, the JVM's own included. */
    long threads() {
        return status("Threads:");
    }

    /** Heap in use now, in bytes, as {@code jcmd GC.heap_info} reports it. */
    long heapUsedBytes() {
        long used = 0;
        for (String line : jcmd("GC.heap_info")) {
            Matcher m = HEAP_USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(1)) * 1024;
            }
        }
        return used;
    }

    /**
     * Live instances of a class ({@code jcmd GC.class_histogram}, which collects first: call it after the
     * measuring window).
     */
    long liveInstances(String className) {
        String suffix = " " + className;
        return jcmd("GC.class_histogram").stream()
                .map(String::trim)
                .filter(line -> line.endsWith(suffix) || line.contains(suffix + " ("))
                .mapToLong(line -> Long.parseLong(line.split("\\s+")[1]))
                .sum();
    }

    /** The longest GC pause so far, in milliseconds, from the GC log (pauses the bench itself caused excluded). */
    double longestGcPauseMillis() {
        try {
            return Files.readAllLines(gcLog).stream()
                    .filter(line -> !line.contains("Heap Inspection") && !line.contains("Diagnostic"))
                    .map(PAUSE::matcher)
                    .filter(Matcher::find)
                    .mapToDouble(m -> Double.parseDouble(m.group(1)))
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Writes one line to the child's standard input. */
    void send(String line) throws IOException {
        stdin.write(line);
        stdin.newLine();
        stdin.flush();
    }

    /** Waits for a line of standard output that starts with {@code prefix}; returns it. */
    String awaitLine(String prefix, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = Files.readAllLines(dir.resolve("stdout.txt")).stream()
                    .filter(l -> l.startsWith(prefix))
                    .reduce((a, b) -> b);
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The child JVM in " + dir + " exited with " + process.exitValue()
                        + " before printing " + prefix + "; its stderr ends with:\n" + tail("stderr.txt"));
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No line starting with " + prefix + " from the child JVM in " + dir + " within "
                + timeout + "; its stderr ends with:\n" + tail("stderr.txt"));
    }

    /** The end of its standard error. */
    @Override
    public String output() {
        return tail("stderr.txt");
    }

    /** The last lines of one of its output files. */
    String tail(String file) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

    private long status(String key) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status")).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(key.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("the child JVM has ended", e);
        }
    }

    private List<String> jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), command)
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            p.waitFor(60, TimeUnit.SECONDS);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Stops the process: SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /**
     * Stops the process: SIGTERM, then SIGKILL if it has not exited within {@code grace}.
     *
     * @return whether it exited by itself within the grace period
     */
    @Override
    public boolean stop(Duration grace) {
        return stop(process, grace);
    }

    /** Stops a child process: SIGTERM, then SIGKILL if it has not exited within {@code grace}. */
    static boolean stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return false;
    }
}
