package dev.musicbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code musicbot-bench}: the footprint benchmark. Starts the real bot in a child JVM against the Discord
 * simulator (in this JVM), plays fixtures in every guild, and compares every figure with a baseline of bare
 * LavaPlayer players in another child JVM over the same fixtures and N. Prints a table and writes JSON.
 */
@Command(
        name = "musicbot-bench",
        mixinStandardHelpOptions = true,
        description =
                "The footprint benchmark: the real bot against the Discord simulator, beside a bare-LavaPlayer baseline.")
public final class Bench implements Callable<Integer> {
    @Option(
            names = "--guilds",
            defaultValue = "100",
            description = "Guilds playing at once (default: ${DEFAULT-VALUE})")
    int guilds;

    @Option(
            names = "--transcoded-guilds",
            description = "Guilds playing at once in the transcoded phase (default: --guilds)")
    Integer transcodedGuilds;

    @Option(
            names = "--seconds",
            defaultValue = "30",
            description = "Length of each measuring window (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "Seconds of streaming before a window (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--plays",
            defaultValue = "20",
            description = "Sequential /plays timed on a quiet bot (default: ${DEFAULT-VALUE})")
    int plays;

    @Option(
            names = "--idle-guilds",
            defaultValue = "100",
            description = "Guilds of the second idle measurement (default: ${DEFAULT-VALUE})")
    int idleGuilds;

    @Option(
            names = "--batch",
            defaultValue = "50",
            description = "Guilds sent /play together (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(
            names = "--decode-guilds",
            defaultValue = "2",
            description = "Guilds decoded to check the pitch (default: ${DEFAULT-VALUE})")
    int decodeGuilds;

    @Option(
            names = "--filters",
            split = ",",
            defaultValue = "bassboost,nightcore,vaporwave,karaoke,8d,tremolo,vibrato,lowpass,normalize",
            description = "Filters whose CPU cost is measured, beside passthrough and plain transcoding, comma"
                    + " separated, or none (default: all: ${DEFAULT-VALUE})")
    List<String> filters;

    @Option(
            names = "--filter-guilds",
            description = "Guilds playing while the filters are measured (default: --transcoded-guilds)")
    Integer filterGuilds;

    @Option(
            names = "--filter-seconds",
            defaultValue = "10",
            description = "Length of each filter's measuring window (default: ${DEFAULT-VALUE})")
    int filterSeconds;

    @Option(names = "--platform", description = "Platform profile: x86_64, aarch64, armv7 (default: this machine's)")
    String platform;

    @Option(names = "--jvm-option", description = "A JVM option for both children, after the profile's (repeatable)")
    List<String> jvmOptions = new ArrayList<>();

    @Option(
            names = "--set",
            description = "A bot setting, key=value, for `musicbot run --set` (repeatable), e.g. voice.send=java")
    List<String> settings = new ArrayList<>();

    @Option(
            names = "--shards",
            defaultValue = "1",
            description = "Gateway shards of the whole bot, discord.shards.total (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(
            names = "--shards-per-process",
            description = "How many of them the measured process runs, shards 0 to N-1, every guild on one of them"
                    + " (default: --shards)")
    Integer shardsPerProcess;

    @Option(
            names = "--max-concurrency",
            defaultValue = "1",
            description = "The simulator's max_concurrency, IDENTIFYs allowed at once (default: ${DEFAULT-VALUE})")
    int maxConcurrency;

    @Option(
            names = "--aot",
            description = "Train a JDK AOT cache for the bot first (log in, one /play), then run every phase with it")
    boolean aot;

    @Option(
            names = "--launcher",
            description = "Start the bot with an installed bot's bin/musicbot (its runtime, lib/ and AOT cache;"
                    + " --jvm-option values go in MUSICBOT_JAVA_OPTS) instead of this JVM's java and class path")
    Path launcher;

    @Option(
            names = "--out",
            defaultValue = "bench-report.json",
            description = "The JSON report (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--work-dir",
            description = "Where the children run and keep their logs (default: a new temporary directory)")
    Path workDir;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The bench's command line: options that do not fit together end it with one line and exit code 2. */
    static CommandLine commandLine() {
        return new CommandLine(new Bench()).setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                line.getErr().println("bench: " + e.getMessage());
                return 2;
            }
            throw e;
        });
    }

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("musicbot-bench");
        BenchOptions options = new BenchOptions(
                guilds,
                transcodedGuilds != null ? transcodedGuilds : guilds,
                seconds,
                warmup,
                plays,
                idleGuilds,
                batch,
                decodeGuilds,
                filters.equals(List.of("none")) ? List.of() : filters,
                filterGuilds != null ? filterGuilds : (transcodedGuilds != null ? transcodedGuilds : guilds),
                filterSeconds,
                platform != null ? platform : Machine.platform(),
                jvmOptions,
                out.toAbsolutePath(),
                dir,
                settings,
                new ShardPlan(shards, shardsPerProcess != null ? shardsPerProcess : shards, maxConcurrency),
                aot,
                launcher);
        Figures.Report report = run(options);
        PrintWriter console = new PrintWriter(System.out, true);
        Table.print(report, console);
        console.println("JSON report: " + options.out() + "; logs of the children: " + dir);
        return 0;
    }

    /** Runs every phase and writes the JSON report. */
    static Figures.Report run(BenchOptions options) throws Exception {
        String loadBefore = Machine.loadAverage();
        Instant date = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Long enough for one phase: starting every guild (a few seconds per batch), the warm-up, the window.
        // The filter windows play the passthrough tones longer, and nightcore plays them a quarter faster.
        Duration length = Duration.ofSeconds(Math.max(
                options.warmupSeconds() + options.seconds() + 30 + 5L * options.guilds() / options.batch(),
                options.filterPhaseSeconds() * 5L / 4 + 30 + 5L * options.filterGuilds() / options.batch()));
        Figures.Bot bot;
        Figures.Baseline baseline;
        try (Fixtures fixtures =
                new Fixtures(Files.createDirectories(options.workDir().resolve("fixtures")), length)) {
            bot = new BotRun(options, fixtures).run();
            baseline = new BaselineRun(options, fixtures).run();
        }
        Figures.Report report = new Figures.Report(
                date.toString(),
                options.platform(),
                Machine.describe(loadBefore),
                options,
                bot,
                baseline,
                Table.rows(bot, baseline));
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out().toFile(), report);
        return report;
    }
}
