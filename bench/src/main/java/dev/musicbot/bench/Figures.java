package dev.musicbot.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records the bench reports (printed as a table, written as JSON). */
final class Figures {
    private Figures() {}

    /**
     * One guild's stream over a window.
     *
     * @param sequenceGaps packets missing from the RTP sequence (null for the baseline, which sends nothing)
     */
    record Guild(
            String guild,
            long packets,
            double packetsPerSecond,
            double p50Millis,
            double p99Millis,
            double p999Millis,
            double maxMillis,
            Long sequenceGaps,
            long framesMissed) {}

    /** The pitch of a guild whose audio the simulator decoded. */
    record Pitch(String guild, double expectedHz, double measuredHz, boolean matches) {}

    /** The process over a window, as seen from outside. */
    record Process(
            double seconds,
            double cpuPercentOfCore,
            double cpuPercentPerStream,
            double rssMb,
            double heapUsedMb,
            double longestGcPauseMillis,
            long threads,
            long liveOpusEncoders) {}

    /**
     * One stream phase (passthrough or transcoded): medians over the guilds, the worst guild, totals.
     *
     * @param streams guilds that received audio in the window
     */
    record Streams(
            String mode,
            String fixtures,
            int guilds,
            int streams,
            double packetsPerSecondMedian,
            double p50MillisMedian,
            double p99MillisMedian,
            double p999MillisMedian,
            double p99MillisWorst,
            double maxMillisWorst,
            Long sequenceGaps,
            long framesMissed,
            Process process,
            List<Pitch> pitch,
            List<Guild> perGuild) {}

    /**
     * What one setting costs while the passthrough fixtures play: process CPU per stream, and its ratio to the
     * passthrough and to the plain transcoding windows of the same guilds.
     *
     * @param setting {@code passthrough}, {@code transcode} ({@code /volume 90}), a {@code /filter} preset, or
     *     {@code normalize}
     */
    record FilterCost(
            String setting,
            int guilds,
            int streams,
            double cpuPercentPerStream,
            long liveOpusEncoders,
            double toPassthrough,
            double toTranscode) {}

    /** The bot logged in with nothing playing. */
    record Idle(
            int guilds,
            double startToReadyMillis,
            double startToCommandsMillis,
            double rssMb,
            double heapUsedMb,
            long threads) {}

    /** Sequential {@code /play}s on a quiet bot, each in a guild of its own (so each includes joining voice). */
    record PlayLatency(
            int plays, int failed, double firstMillis, double p50Millis, double p95Millis, double maxMillis) {}

    /** The start of a stream phase: {@code batch} guilds sent {@code /play} together, batch after batch. */
    record StartTogether(
            String mode,
            int guilds,
            int batch,
            int acknowledged,
            double ackP50Millis,
            double ackP99Millis,
            double ackMaxMillis,
            int overDeadline,
            int failed,
            double firstPacketP50Millis,
            double firstPacketP95Millis,
            double firstPacketMaxMillis) {}

    /** Where the figures were measured. */
    record Machine(
            String cpu,
            int cores,
            long memoryMb,
            String os,
            String arch,
            String java,
            String loadAverageBefore,
            String loadAverageAfter) {}

    /**
     * The bot's figures.
     *
     * @param aotCache the AOT cache the bot ran with, or null without one
     */
    record Bot(
            Idle idleNoGuilds,
            Idle idleGuilds,
            PlayLatency playLatency,
            List<StartTogether> startTogether,
            List<Streams> streams,
            List<FilterCost> filters,
            @Nullable AotCache aotCache) {}

    /**
     * The JDK AOT cache trained at the start of a run ({@code --aot}).
     *
     * @param sizeMb the cache file's size
     * @param trainingMillis from the training bot's start until it had exited and the cache was written
     */
    record AotCache(double sizeMb, double trainingMillis) {}

    /** The baseline's figures. */
    record Baseline(double idleRssMb, double idleHeapUsedMb, long idleThreads, List<Streams> streams) {}

    /** One line of the comparison table. */
    record Row(String figure, Double bot, Double baseline, Double ratio) {}

    /** Everything one run measured. */
    record Report(
            String date,
            String platform,
            Machine machine,
            BenchOptions options,
            Bot bot,
            Baseline baseline,
            List<Row> table) {}
}
