package dev.musicbot.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison table: every figure of the bot beside the baseline's from the same run, and their ratio. */
final class Table {
    private Table() {}

    static List<Figures.Row> rows(Figures.Bot bot, Figures.Baseline baseline) {
        List<Figures.Row> rows = new ArrayList<>();
        rows.add(row(
                "idle RSS MB, 0 guilds (baseline: manager, no player)",
                bot.idleNoGuilds().rssMb(),
                baseline.idleRssMb()));
        rows.add(row("idle heap used MB, 0 guilds", bot.idleNoGuilds().heapUsedMb(), baseline.idleHeapUsedMb()));
        rows.add(row("idle threads, 0 guilds", (double) bot.idleNoGuilds().threads(), (double) baseline.idleThreads()));
        rows.add(row(
                "idle RSS MB, " + bot.idleGuilds().guilds() + " guilds",
                bot.idleGuilds().rssMb(),
                null));
        rows.add(row("start to READY ms, 0 guilds", bot.idleNoGuilds().startToReadyMillis(), null));
        rows.add(row(
                "start to commands registered ms, 0 guilds", bot.idleNoGuilds().startToCommandsMillis(), null));
        rows.add(row(
                "start to READY ms, " + bot.idleGuilds().guilds() + " guilds",
                bot.idleGuilds().startToReadyMillis(),
                null));
        rows.add(row("first /play to first packet ms", bot.playLatency().firstMillis(), null));
        rows.add(row(
                "/play to first packet p50 ms (" + bot.playLatency().plays() + " plays)",
                bot.playLatency().p50Millis(),
                null));
        rows.add(row("/play to first packet p95 ms", bot.playLatency().p95Millis(), null));
        rows.add(row("/plays without audio", (double) bot.playLatency().failed(), null));
        for (Figures.StartTogether start : bot.startTogether()) {
            String p = start.mode() + " start, " + start.guilds() + " guilds by " + start.batch() + ": ";
            rows.add(row(p + "ack p50 ms", start.ackP50Millis(), null));
            rows.add(row(p + "ack p99 ms", start.ackP99Millis(), null));
            rows.add(row(p + "ack max ms", start.ackMaxMillis(), null));
            rows.add(row(p + "acks over 3 s", (double) start.overDeadline(), null));
            rows.add(row(p + "guilds without audio", (double) start.failed(), null));
            rows.add(row(p + "first packet p50 ms", start.firstPacketP50Millis(), null));
            rows.add(row(p + "first packet p95 ms", start.firstPacketP95Millis(), null));
        }
        for (int i = 0; i < bot.streams().size(); i++) {
            Figures.Streams b = bot.streams().get(i);
            Figures.Streams base = baseline.streams().get(i);
            String p = b.mode() + " x" + b.guilds() + ": ";
            rows.add(row(p + "streams playing", (double) b.streams(), (double) base.streams()));
            rows.add(row(p + "packets/s (median guild)", b.packetsPerSecondMedian(), base.packetsPerSecondMedian()));
            rows.add(row(p + "inter-arrival p50 ms (median guild)", b.p50MillisMedian(), base.p50MillisMedian()));
            rows.add(row(p + "inter-arrival p99 ms (median guild)", b.p99MillisMedian(), base.p99MillisMedian()));
            rows.add(row(p + "inter-arrival p999 ms (median guild)", b.p999MillisMedian(), base.p999MillisMedian()));
            rows.add(row(p + "inter-arrival p99 ms (worst guild)", b.p99MillisWorst(), base.p99MillisWorst()));
            rows.add(row(p + "inter-arrival max ms (worst guild)", b.maxMillisWorst(), base.maxMillisWorst()));
            rows.add(row(
                    p + "sequence gaps (total)", b.sequenceGaps() == null ? null : (double) b.sequenceGaps(), null));
            rows.add(row(p + "frames missed (total)", (double) b.framesMissed(), (double) base.framesMissed()));
            rows.add(row(
                    p + "CPU % of a core",
                    b.process().cpuPercentOfCore(),
                    base.process().cpuPercentOfCore()));
            rows.add(row(
                    p + "CPU % of a core per stream",
                    b.process().cpuPercentPerStream(),
                    base.process().cpuPercentPerStream()));
            rows.add(row(p + "RSS MB", b.process().rssMb(), base.process().rssMb()));
            rows.add(row(
                    p + "heap used MB", b.process().heapUsedMb(), base.process().heapUsedMb()));
            rows.add(row(
                    p + "longest GC pause ms",
                    b.process().longestGcPauseMillis(),
                    base.process().longestGcPauseMillis()));
            rows.add(row(p + "threads", (double) b.process().threads(), (double)
                    base.process().threads()));
            rows.add(row(p + "live Opus encoders", (double) b.process().liveOpusEncoders(), (double)
                    base.process().liveOpusEncoders()));
        }
        Double baselinePerStream = baseline.streams().isEmpty()
                ? null
                : baseline.streams().getFirst().process().cpuPercentPerStream();
        for (Figures.FilterCost cost : bot.filters()) {
            rows.add(row(
                    "filter " + cost.setting() + " x" + cost.guilds() + ": CPU %/stream"
                            + " (baseline: bare LavaPlayer passthrough)",
                    cost.cpuPercentPerStream(),
                    baselinePerStream));
        }
        return rows;
    }

    private static Figures.Row row(String figure, Double bot, Double baseline) {
        Double ratio = bot != null && baseline != null && baseline != 0 ? Window.round2(bot / baseline) : null;
        return new Figures.Row(figure, bot, baseline, ratio);
    }

    static void print(Figures.Report report, PrintWriter out) {
        Figures.Machine m = report.machine();
        out.printf(Locale.ROOT, "musicbot bench, %s, platform %s%n", report.date(), report.platform());
        out.printf(
                Locale.ROOT,
                "machine: %s, %d cores, %d MB, %s, %s%n",
                m.cpu(),
                m.cores(),
                m.memoryMb(),
                m.os(),
                m.java());
        out.printf(Locale.ROOT, "load average before: %s, after: %s%n", m.loadAverageBefore(), m.loadAverageAfter());
        out.printf(Locale.ROOT, "gateway: %s%n", report.options().shards().describe());
        Figures.AotCache cache = report.bot().aotCache();
        out.printf(
                Locale.ROOT,
                "AOT cache: %s%n",
                cache == null
                        ? "none"
                        : String.format(
                                Locale.ROOT,
                                "%.1f MB, trained in this run (%.1f s: log in, one /play, stop)",
                                cache.sizeMb(),
                                cache.trainingMillis() / 1000));
        int width =
                report.table().stream().mapToInt(r -> r.figure().length()).max().orElse(10);
        out.printf(Locale.ROOT, "%-" + width + "s %12s %12s %8s%n", "figure", "bot", "baseline", "ratio");
        for (Figures.Row row : report.table()) {
            out.printf(
                    Locale.ROOT,
                    "%-" + width + "s %12s %12s %8s%n",
                    row.figure(),
                    fmt(row.bot()),
                    fmt(row.baseline()),
                    fmt(row.ratio()));
        }
        printFilters(report, out);
        for (Figures.Streams s : report.bot().streams()) {
            for (Figures.Pitch p : s.pitch()) {
                out.printf(
                        Locale.ROOT,
                        "%s: guild %s expected %.0f Hz, heard %.1f Hz: %s%n",
                        s.mode(),
                        p.guild(),
                        p.expectedHz(),
                        p.measuredHz(),
                        p.matches() ? "ok" : "WRONG");
            }
        }
        out.flush();
    }

    /** The filter cost: each setting's CPU per stream and its ratios to passthrough and plain transcoding. */
    private static void printFilters(Figures.Report report, PrintWriter out) {
        List<Figures.FilterCost> costs = report.bot().filters();
        if (costs.isEmpty()) {
            return;
        }
        out.printf(
                Locale.ROOT,
                "filter cost (passthrough fixtures, %d s windows after %d s warm-up):%n",
                report.options().filterSeconds(),
                report.options().warmupSeconds());
        out.printf(
                Locale.ROOT,
                "%-12s %8s %18s %14s %12s %14s%n",
                "setting",
                "streams",
                "CPU % per stream",
                "x passthrough",
                "x transcode",
                "Opus encoders");
        for (Figures.FilterCost c : costs) {
            out.printf(
                    Locale.ROOT,
                    "%-12s %8s %18s %14s %12s %14d%n",
                    c.setting(),
                    c.streams() + "/" + c.guilds(),
                    fmt(c.cpuPercentPerStream()),
                    fmt(c.toPassthrough()),
                    fmt(c.toTranscode()),
                    c.liveOpusEncoders());
        }
    }

    private static String fmt(Double value) {
        if (value == null) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString(value.longValue())
                : String.format(Locale.ROOT, "%.3f", value)
                        .replaceAll("0+$", "")
                        .replaceAll("\\.$", "");
    }
}
