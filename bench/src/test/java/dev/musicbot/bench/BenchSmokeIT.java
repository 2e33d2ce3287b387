package dev.musicbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench, for a few seconds with two guilds: it must produce every figure, for the bot and the baseline.
 * Figures are checked for presence and for facts that do not depend on timing (streams that play, the pitch
 * heard, Opus encoders only where transcoding), never against a timing threshold.
 */
class BenchSmokeIT {
    private static final int GUILDS = 2;

    @TempDir
    Path dir;

    @Test
    void producesEveryFigureForTheBotAndTheBaseline() throws Exception {
        BenchOptions options = new BenchOptions(
                GUILDS,
                GUILDS,
                2,
                1,
                2,
                2,
                2,
                1,
                List.of("nightcore", "normalize"),
                GUILDS,
                2,
                Machine.platform(),
                List.of(),
                dir.resolve("report.json"),
                dir.resolve("work"),
                // the default picks it too where it loads; required here, so the smoke fails if it does not load
                List.of("voice.send=native"),
                // the bot as the first of two processes of a sharded deployment: its guilds on its two shards
                new ShardPlan(4, 2, 2),
                // every bot phase runs with an AOT cache trained first, so the smoke fails if training does
                true,
                // the bench's own java and class path (--launcher runs an installed bot instead)
                null);

        Figures.Report report = Bench.run(options);

        Figures.Bot bot = report.bot();
        for (Figures.Idle idle : List.of(bot.idleNoGuilds(), bot.idleGuilds())) {
            assertThat(idle.startToReadyMillis()).isPositive();
            assertThat(idle.startToCommandsMillis()).isGreaterThanOrEqualTo(idle.startToReadyMillis());
            assertThat(idle.rssMb()).isPositive();
            assertThat(idle.heapUsedMb()).isPositive();
            assertThat(idle.threads()).isPositive();
        }
        assertThat(bot.idleGuilds().guilds()).isEqualTo(2);
        assertThat(bot.aotCache()).isNotNull();
        assertThat(bot.aotCache().sizeMb()).isPositive();
        assertThat(bot.playLatency().plays()).isEqualTo(2);
        assertThat(bot.playLatency().failed()).isZero();
        assertThat(bot.playLatency().firstMillis()).isPositive();
        assertThat(bot.playLatency().p95Millis()).isPositive();
        assertThat(bot.startTogether()).hasSize(2).allSatisfy(start -> {
            assertThat(start.acknowledged()).isEqualTo(GUILDS);
            assertThat(start.failed()).isZero();
            assertThat(start.ackP99Millis()).isPositive();
            assertThat(start.firstPacketP95Millis()).isPositive();
        });
        assertStreams(bot.streams(), true);
        assertStreams(report.baseline().streams(), false);
        assertThat(bot.streams()).flatMap(Figures.Streams::pitch).hasSize(2).allSatisfy(pitch -> assertThat(
                        pitch.matches())
                .as("heard %s Hz, expected %s", pitch.measuredHz(), pitch.expectedHz())
                .isTrue());
        assertThat(report.baseline().idleRssMb()).isPositive();
        assertThat(report.machine().cores()).isPositive();
        assertThat(report.platform()).isEqualTo(Machine.platform());

        JsonNode json = new ObjectMapper().readTree(options.out().toFile());
        assertThat(json.path("bot").path("streams").get(0).path("perGuild")).hasSize(GUILDS);
        assertThat(json.path("table")).hasSameSizeAs(report.table());
        assertThat(report.table())
                .filteredOn(row -> row.figure().contains("CPU % of a core per stream"))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.ratio()).isNotNull());
        assertThat(bot.filters())
                .extracting(Figures.FilterCost::setting)
                .containsExactly("passthrough", "transcode", "nightcore", "normalize");
        assertThat(bot.filters()).allSatisfy(cost -> {
            assertThat(cost.streams()).as(cost.setting()).isEqualTo(GUILDS);
            assertThat(cost.cpuPercentPerStream()).as(cost.setting()).isPositive();
            assertThat(cost.toPassthrough()).as(cost.setting()).isPositive();
            if (!cost.setting().equals("passthrough")) {
                // at least one per stream; encoders of earlier phases' chains may not be collected yet
                assertThat(cost.liveOpusEncoders())
                        .as("Opus encoders with %s", cost.setting())
                        .isGreaterThanOrEqualTo(GUILDS);
            }
        });
        assertThat(bot.filters().getFirst().toPassthrough()).isEqualTo(1.0);
        StringWriter printed = new StringWriter();
        Table.print(report, new PrintWriter(printed));
        assertThat(printed.toString())
                .contains(
                        "machine:",
                        "gateway: 2 of 4 shards in this process (max_concurrency 2)",
                        "AOT cache: ",
                        "trained in this run",
                        "passthrough x2: CPU % of a core per stream",
                        "ratio",
                        "filter cost",
                        "x passthrough",
                        "filter nightcore x2: CPU %/stream");
    }

    private static void assertStreams(List<Figures.Streams> streams, boolean bot) {
        assertThat(streams).extracting(Figures.Streams::mode).containsExactly("passthrough", "transcoded");
        for (Figures.Streams s : streams) {
            assertThat(s.streams()).as(s.mode()).isEqualTo(GUILDS);
            assertThat(s.perGuild()).hasSize(GUILDS).allSatisfy(g -> {
                assertThat(g.packets()).isPositive();
                assertThat(g.packetsPerSecond()).isPositive();
                assertThat(g.p50Millis()).isPositive();
                assertThat(g.p999Millis()).isGreaterThanOrEqualTo(g.p99Millis());
                assertThat(g.maxMillis()).isPositive();
                assertThat(g.framesMissed()).isNotNegative();
                if (bot) {
                    assertThat(g.sequenceGaps()).isNotNull();
                }
            });
            Figures.Process p = s.process();
            assertThat(p.cpuPercentOfCore()).isPositive();
            assertThat(p.cpuPercentPerStream()).isPositive();
            assertThat(p.rssMb()).isPositive();
            assertThat(p.heapUsedMb()).isPositive();
            assertThat(p.longestGcPauseMillis()).isNotNegative();
            assertThat(p.threads()).isPositive();
            assertThat(p.liveOpusEncoders())
                    .as("Opus encoders in %s (none when the Opus is passed through)", s.mode())
                    .isEqualTo(s.mode().equals("passthrough") ? 0 : GUILDS);
        }
    }
}
