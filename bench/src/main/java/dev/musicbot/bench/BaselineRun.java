package dev.musicbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.testkit.audio.PacketTimeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The baseline's phases, each in a fresh child JVM running {@link Baseline} over the same fixtures and N. */
final class BaselineRun {
    private static final Logger log = LoggerFactory.getLogger(BaselineRun.class);
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchOptions options;
    private final Fixtures fixtures;

    BaselineRun(BenchOptions options, Fixtures fixtures) {
        this.options = options;
        this.fixtures = fixtures;
    }

    Figures.Baseline run() throws Exception {
        double idleRss = 0;
        double idleHeap = 0;
        long idleThreads = 0;
        List<Figures.Streams> streams = new ArrayList<>();
        for (Fixtures.Mode mode : Fixtures.Mode.values()) {
            List<String> urls = fixtures.tracks(mode, options.guilds(mode)).stream()
                    .map(track -> track.uri().toString())
                    .toList();
            List<String> jvmOptions = new ArrayList<>(BotChild.profileOptions(options.platform()));
            jvmOptions.addAll(options.botJvmOptions());
            try (ChildJvm jvm = ChildJvm.start(
                    options.workDir().resolve("baseline-" + mode.label()),
                    jvmOptions,
                    Baseline.class.getName(),
                    urls,
                    java.util.Map.of())) {
                jvm.awaitLine("IDLE", WAIT);
                if (mode == Fixtures.Mode.PASSTHROUGH) {
                    Thread.sleep(3000);
                    idleRss = Stats.mb(jvm.rssBytes());
                    idleHeap = Stats.mb(jvm.heapUsedBytes());
                    idleThreads = jvm.threads();
                }
                log.info("bench: baseline, {} {} players", options.guilds(mode), mode.label());
                jvm.send("start");
                jvm.awaitLine("PLAYING", WAIT);
                Thread.sleep(options.warmupSeconds() * 1000L);
                jvm.send("reset");
                jvm.awaitLine("RESET", WAIT);
                Window window = Window.open(jvm);
                Thread.sleep(options.seconds() * 1000L);
                jvm.send("report");
                String report = jvm.awaitLine("REPORT", WAIT).substring("REPORT ".length());
                List<Figures.Guild> perGuild = perGuild(JSON.readTree(report));
                Figures.Process process = window.close(
                        (int) perGuild.stream().filter(g -> g.packets() > 1).count());
                streams.add(Window.summarise(
                        mode.label(), mode.fixtures(), options.guilds(mode), perGuild, process, List.of()));
                jvm.send("quit");
            }
        }
        return new Figures.Baseline(idleRss, idleHeap, idleThreads, streams);
    }

    private static List<Figures.Guild> perGuild(JsonNode report) throws Exception {
        List<Figures.Guild> guilds = new ArrayList<>();
        for (JsonNode node : report) {
            PacketTimeline.Summary s = JSON.treeToValue(node.path("summary"), PacketTimeline.Summary.class);
            guilds.add(new Figures.Guild(
                    node.path("guild").asText(),
                    s.packets(),
                    Window.round2(s.packetsPerSecond()),
                    s.p50Millis(),
                    s.p99Millis(),
                    s.p999Millis(),
                    Window.round2(s.maxMillis()),
                    null,
                    node.path("framesMissed").asLong()));
        }
        return guilds;
    }
}
