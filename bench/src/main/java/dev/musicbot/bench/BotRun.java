package dev.musicbot.bench;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.PacketTimeline;
import dev.musicbot.testkit.audio.ReceivedAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot's phases: idle with no guilds, idle with many and sequential plays, then the stream phases. */
final class BotRun {
    private static final Logger log = LoggerFactory.getLogger(BotRun.class);
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration FIRST_PACKET = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration PITCH_SAMPLE = Duration.ofSeconds(3);
    private static final String MEMBER = "alice";

    private final BenchOptions options;
    private final Fixtures fixtures;
    private List<String> cacheOptions = List.of();

    BotRun(BenchOptions options, Fixtures fixtures) {
        this.options = options;
        this.fixtures = fixtures;
    }

    Figures.Bot run() throws Exception {
        Figures.AotCache cache = null;
        if (options.aot()) {
            Path file = options.workDir().resolve("bot.aot");
            cache = trainCache(file);
            // "on": a bot that cannot use the cache fails to start instead of running (and measuring) without it
            cacheOptions = List.of("-XX:AOTMode=on", "-XX:AOTCache=" + file);
        }
        Figures.Idle none;
        try (DiscordSimulator sim = options.shards().simulator();
                BotChild bot = start(sim, "bot-idle-0")) {
            none = idle(sim, bot, 0);
        }
        Figures.Idle many;
        Figures.PlayLatency plays;
        try (DiscordSimulator sim = options.shards().simulator()) {
            List<SimGuild> guilds = guilds(sim, options.idleGuilds());
            try (BotChild bot = start(sim, "bot-idle-many")) {
                many = idle(sim, bot, guilds.size());
                plays = plays(sim, guilds.subList(0, options.plays()));
            }
        }
        List<Figures.StartTogether> starts = new ArrayList<>();
        List<Figures.Streams> streams = new ArrayList<>();
        List<Figures.FilterCost> filters = List.of();
        try (DiscordSimulator sim = options.shards().simulator()) {
            List<SimGuild> guilds = guilds(sim, options.guilds());
            try (BotChild bot = start(sim, "bot-streams")) {
                awaitReady(sim, bot);
                for (Fixtures.Mode mode : Fixtures.Mode.values()) {
                    List<SimGuild> playing = guilds.subList(0, options.guilds(mode));
                    starts.add(startAll(sim, playing, mode));
                    streams.add(window(sim, bot, playing, mode));
                    stopAll(sim, playing);
                }
                if (!options.filters().isEmpty()) {
                    List<SimGuild> playing = guilds.subList(0, options.filterGuilds());
                    startAll(sim, playing, Fixtures.Mode.PASSTHROUGH);
                    filters = new FilterWindows(options, sim, bot, playing).run();
                    stopAll(sim, playing);
                }
            }
        }
        return new Figures.Bot(none, many, plays, starts, streams, filters, cache);
    }

    private BotChild start(DiscordSimulator sim, String name) throws IOException {
        return BotChild.start(sim, options.workDir().resolve(name), options, cacheOptions);
    }

    /** The training run of the AOT cache ({@link AotTraining}), with the bot as every phase starts it. */
    private Figures.AotCache trainCache(Path file) throws Exception {
        Files.deleteIfExists(file);
        long started;
        try (DiscordSimulator sim = options.shards().simulator()) {
            SimGuild guild = guilds(sim, 1).getFirst();
            BotChild bot = BotChild.start(
                    sim, options.workDir().resolve("bot-aot-training"), options, List.of("-XX:AOTCacheOutput=" + file));
            try (bot) {
                started = bot.jvm().startNanos();
                awaitReady(sim, bot);
                AotTraining.playOnceAndStop(
                        sim,
                        guild,
                        MEMBER,
                        fixtures.track(Fixtures.Mode.PASSTHROUGH, 0).uri(),
                        bot.jvm(),
                        file);
            }
        }
        return new Figures.AotCache(Stats.mb(Files.size(file)), Stats.millis(System.nanoTime() - started));
    }

    private List<SimGuild> guilds(DiscordSimulator sim, int count) {
        List<SimGuild> guilds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            guilds.add(options.shards()
                    .place(sim.guild("Bench " + i), i)
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member(MEMBER)
                    .voiceState(MEMBER, "Music")
                    .create());
        }
        return guilds;
    }

    private long[] awaitReady(DiscordSimulator sim, BotChild bot) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long ready = 0;
        while (System.nanoTime() < deadline && bot.jvm().isAlive()) {
            if (ready == 0 && options.shards().ready(sim)) {
                ready = System.nanoTime();
            }
            if (ready != 0
                    && sim.commands().stream()
                            .anyMatch(c -> c.path("name").asText().equals("play"))) {
                return new long[] {ready, System.nanoTime()};
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("The bot did not log in and register /play within " + WAIT
                + "; its stderr ends with:\n" + bot.jvm().tail("stderr.txt"));
    }

    private Figures.Idle idle(DiscordSimulator sim, BotChild bot, int guilds) throws InterruptedException {
        long[] times = awaitReady(sim, bot);
        long start = bot.jvm().startNanos();
        Thread.sleep(SETTLE.toMillis());
        ChildJvm jvm = bot.jvm();
        return new Figures.Idle(
                guilds,
                Stats.millis(times[0] - start),
                Stats.millis(times[1] - start),
                Stats.mb(jvm.rssBytes()),
                Stats.mb(jvm.heapUsedBytes()),
                jvm.threads());
    }

    /** One {@code /play} after another, each in a fresh guild, timed from the interaction to the first packet. */
    private Figures.PlayLatency plays(DiscordSimulator sim, List<SimGuild> guilds) throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < guilds.size(); i++) {
            SimGuild guild = guilds.get(i);
            PacketTimeline timeline = sim.voice(guild).timeline();
            timeline.reset();
            sim.voice(guild).decode(false);
            long sent = System.nanoTime();
            sim.slash(
                    guild,
                    MEMBER,
                    "play",
                    Map.of(
                            "query",
                            fixtures.track(Fixtures.Mode.PASSTHROUGH, i).uri().toString()));
            OptionalLong first = awaitFirstPacket(timeline, guild);
            if (first.isPresent()) {
                millis.add(Stats.millis(first.getAsLong() - sent));
            } else {
                failed++;
            }
            sim.slash(guild, MEMBER, "stop", Map.of()).awaitCallback(WAIT);
        }
        List<Double> later = millis.subList(Math.min(1, millis.size()), millis.size());
        return new Figures.PlayLatency(
                millis.size(),
                failed,
                millis.isEmpty() ? 0 : millis.getFirst(),
                Stats.percentile(later, 0.5),
                Stats.percentile(later, 0.95),
                Stats.max(later));
    }

    /** The first packet's arrival, or empty (logged) if none came within {@link #FIRST_PACKET}. */
    private static OptionalLong awaitFirstPacket(PacketTimeline timeline, SimGuild guild) throws InterruptedException {
        return awaitFirstPacket(timeline, guild, System.nanoTime() + FIRST_PACKET.toNanos());
    }

    /** The first packet's arrival, or empty (logged) if none came before the deadline. */
    private static OptionalLong awaitFirstPacket(PacketTimeline timeline, SimGuild guild, long deadline)
            throws InterruptedException {
        while (System.nanoTime() < deadline) {
            OptionalLong first = timeline.firstArrivalNanos();
            if (first.isPresent()) {
                return first;
            }
            Thread.sleep(1);
        }
        log.warn("bench: no audio from the bot in {} within {}; counted as failed", guild.name(), FIRST_PACKET);
        return OptionalLong.empty();
    }

    /** Sends {@code /play} to every guild, a batch at a time, and times acknowledgements and first packets. */
    private Figures.StartTogether startAll(DiscordSimulator sim, List<SimGuild> guilds, Fixtures.Mode mode)
            throws InterruptedException {
        log.info("bench: starting {} {} streams, {} at a time", guilds.size(), mode.label(), options.batch());
        List<Double> acks = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        int failed = 0;
        for (int from = 0; from < guilds.size(); from += options.batch()) {
            List<SimGuild> batch = guilds.subList(from, Math.min(guilds.size(), from + options.batch()));
            List<SimInteraction> sent = new ArrayList<>();
            long[] sentAt = new long[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                SimGuild guild = batch.get(i);
                SimVoice voice = sim.voice(guild);
                voice.decode(false);
                voice.timeline().reset();
                sentAt[i] = System.nanoTime();
                String url = fixtures.track(mode, from + i).uri().toString();
                sent.add(sim.slash(guild, MEMBER, "play", Map.of("query", url)));
            }
            long deadline = System.nanoTime() + FIRST_PACKET.toNanos();
            for (int i = 0; i < batch.size(); i++) {
                SimInteraction play = sent.get(i);
                try {
                    play.awaitCallback(WAIT);
                } catch (AssertionError | RuntimeException e) {
                    log.warn(
                            "bench: /play in {} was not acknowledged within {}",
                            batch.get(i).name(),
                            WAIT);
                }
                play.acknowledgedAfter().ifPresent(ack -> acks.add(Stats.millis(ack.toNanos())));
                OptionalLong first = awaitFirstPacket(sim.voice(batch.get(i)).timeline(), batch.get(i), deadline);
                if (first.isPresent()) {
                    firsts.add(Stats.millis(first.getAsLong() - sentAt[i]));
                } else {
                    failed++;
                }
            }
        }
        return new Figures.StartTogether(
                mode.label(),
                guilds.size(),
                options.batch(),
                acks.size(),
                Stats.percentile(acks, 0.5),
                Stats.percentile(acks, 0.99),
                Stats.max(acks),
                (int) acks.stream().filter(ms -> ms > 3000).count(),
                failed,
                Stats.percentile(firsts, 0.5),
                Stats.percentile(firsts, 0.95),
                Stats.max(firsts));
    }

    private Figures.Streams window(DiscordSimulator sim, BotChild bot, List<SimGuild> guilds, Fixtures.Mode mode)
            throws Exception {
        Thread.sleep(options.warmupSeconds() * 1000L);
        log.info("bench: measuring {} {} streams for {} s", guilds.size(), mode.label(), options.seconds());
        Map<String, Double> missedBefore = bot.metrics().byLabel("musicbot_frames_missed_total", "guild");
        guilds.forEach(g -> sim.voice(g).timeline().reset());
        Window window = Window.open(bot.jvm());
        long sampleAt = Math.max(0, options.seconds() * 1000L - PITCH_SAMPLE.toMillis());
        Thread.sleep(sampleAt);
        List<SimGuild> sampled = guilds.subList(0, Math.min(options.decodeGuilds(), guilds.size()));
        sampled.forEach(g -> sim.voice(g).decode(true));
        Thread.sleep(options.seconds() * 1000L - sampleAt);
        long end = System.nanoTime();
        sampled.forEach(g -> sim.voice(g).decode(false));
        Map<String, Double> missedAfter = bot.metrics().byLabel("musicbot_frames_missed_total", "guild");
        List<Figures.Guild> perGuild = new ArrayList<>();
        for (SimGuild guild : guilds) {
            PacketTimeline.Summary s = sim.voice(guild).timeline().summary(end);
            long missed =
                    Math.round(missedAfter.getOrDefault(guild.id(), 0.0) - missedBefore.getOrDefault(guild.id(), 0.0));
            perGuild.add(new Figures.Guild(
                    guild.id(),
                    s.packets(),
                    Window.round2(s.packetsPerSecond()),
                    s.p50Millis(),
                    s.p99Millis(),
                    s.p999Millis(),
                    Window.round2(s.maxMillis()),
                    s.sequenceGaps(),
                    missed));
        }
        Figures.Process process = window.close(
                (int) perGuild.stream().filter(g -> g.packets() > 1).count());
        List<Figures.Pitch> pitch = new ArrayList<>();
        for (int i = 0; i < sampled.size(); i++) {
            ReceivedAudio heard = sim.voice(sampled.get(i)).received().lastAudio(PITCH_SAMPLE);
            double expected = fixtures.track(mode, i).hz();
            double measured = heard.packetCount() == 0 ? 0 : Window.round2(heard.dominantFrequency());
            pitch.add(new Figures.Pitch(sampled.get(i).id(), expected, measured, Math.abs(measured - expected) < 5));
        }
        return Window.summarise(mode.label(), mode.fixtures(), guilds.size(), perGuild, process, pitch);
    }

    private static void stopAll(DiscordSimulator sim, List<SimGuild> guilds) {
        List<SimInteraction> stops =
                guilds.stream().map(g -> sim.slash(g, MEMBER, "stop", Map.of())).toList();
        stops.forEach(stop -> stop.awaitCallback(WAIT));
    }
}
