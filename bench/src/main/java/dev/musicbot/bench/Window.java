package dev.musicbot.bench;

import java.time.Duration;
import java.util.List;

/** Measures a child JVM over a window of streaming, from outside, the same way for the bot and the baseline. */
final class Window {
    static final String OPUS_ENCODER = "com.sedmelluq.discord.lavaplayer.natives.opus.OpusEncoder";

    private final ChildJvm jvm;
    private final long startNanos;
    private final Duration cpuAtStart;

    private Window(ChildJvm jvm) {
        this.jvm = jvm;
        this.startNanos = System.nanoTime();
        this.cpuAtStart = jvm.cpu();
    }

    static Window open(ChildJvm jvm) {
        return new Window(jvm);
    }

    /**
     * Closes the window: CPU over it, then memory and threads as they are, then (a full collection through
     * {@code jcmd}) the live Opus encoders, which must be none while only passthrough streams play.
     */
    Figures.Process close(int streams) {
        Duration cpu = jvm.cpu().minus(cpuAtStart);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long rss = jvm.rssBytes();
        long threads = jvm.threads();
        long heap = jvm.heapUsedBytes();
        double gc = jvm.longestGcPauseMillis();
        long encoders = jvm.liveInstances(OPUS_ENCODER);
        double percent = cpu.toNanos() / 1e9 / seconds * 100;
        return new Figures.Process(
                Math.round(seconds * 10) / 10.0,
                round2(percent),
                streams == 0 ? 0 : round3(percent / streams),
                Stats.mb(rss),
                Stats.mb(heap),
                gc,
                threads,
                encoders);
    }

    /** Medians over the guilds, the worst guild, totals. */
    static Figures.Streams summarise(
            String mode,
            String fixtures,
            int guilds,
            List<Figures.Guild> perGuild,
            Figures.Process process,
            List<Figures.Pitch> pitch) {
        List<Figures.Guild> playing =
                perGuild.stream().filter(g -> g.packets() > 1).toList();
        Long gaps = perGuild.stream().anyMatch(g -> g.sequenceGaps() == null)
                ? null
                : perGuild.stream().mapToLong(Figures.Guild::sequenceGaps).sum();
        return new Figures.Streams(
                mode,
                fixtures,
                guilds,
                playing.size(),
                round2(Stats.percentile(
                        playing.stream().map(Figures.Guild::packetsPerSecond).toList(), 0.5)),
                Stats.percentile(playing.stream().map(Figures.Guild::p50Millis).toList(), 0.5),
                Stats.percentile(playing.stream().map(Figures.Guild::p99Millis).toList(), 0.5),
                Stats.percentile(playing.stream().map(Figures.Guild::p999Millis).toList(), 0.5),
                Stats.max(playing.stream().map(Figures.Guild::p99Millis).toList()),
                Stats.max(playing.stream().map(Figures.Guild::maxMillis).toList()),
                gaps,
                perGuild.stream().mapToLong(Figures.Guild::framesMissed).sum(),
                process,
                pitch,
                perGuild);
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
