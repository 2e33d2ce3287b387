package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one meter registry, in Prometheus format, with the JVM's memory, garbage collection, threads,
 * class loading, CPU and uptime bound to it. Everything else registers its own meters on {@link #registry()}.
 *
 * <p>Per-guild series ({@code guild} tag: frames, queue length) grow with the number of guilds that played
 * music since the start: fine for a self-hosted bot in a few hundred guilds, not for a public one in thousands.
 */
public final class Metrics implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Metrics.class);
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();
    private final Timer lateness;
    private final Counter stalls;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        lateness = Timer.builder("musicbot.audio.send.lateness")
                .description("How much later than 20 ms after the previous one each send tick of a playing guild came")
                .serviceLevelObjectives(
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        Duration.ofMillis(10),
                        Duration.ofMillis(20),
                        Duration.ofMillis(50),
                        Duration.ofMillis(100))
                .register(registry);
        stalls = Counter.builder("musicbot.audio.stalls")
                .description("Runs of 5 or more missed frames (100 ms) after a track had started, in all guilds")
                .register(registry);
    }

    /** Where to register meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * The frame counters of one guild's audio: {@code musicbot_frames_sent_total} and
     * {@code musicbot_frames_missed_total}, tagged with the guild; its ticks go into the send loop's lateness
     * ({@code musicbot_audio_send_lateness_seconds}, all guilds together) and its stalls are counted
     * ({@code musicbot_audio_stalls_total}) and logged once each, with the guild.
     */
    public PlayerSendHandler.FrameCounter frames(GuildId guild) {
        Counter sent = Counter.builder("musicbot.frames.sent")
                .description("Opus frames handed to Discord (one per 20 ms of audio)")
                .tag("guild", guild.toString())
                .register(registry);
        Counter missed = Counter.builder("musicbot.frames.missed")
                .description("20 ms ticks with a track playing but no frame ready")
                .tag("guild", guild.toString())
                .register(registry);
        return new CountingFrames(guild, sent, missed, lateness, stalls);
    }

    /** Runs before every scrape, to refresh gauges that are costly to read one by one. */
    void beforeScrape(Runnable refresh) {
        beforeScrape.add(refresh);
    }

    /** Every meter, in the Prometheus text format (version 0.0.4). */
    String scrape() {
        beforeScrape.forEach(Runnable::run);
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private record CountingFrames(
            GuildId guild, Counter sentFrames, Counter missedFrames, Timer lateness, Counter stalls)
            implements PlayerSendHandler.FrameCounter {
        @Override
        public void sent() {
            sentFrames.increment();
        }

        @Override
        public void missed() {
            missedFrames.increment();
        }

        @Override
        public void tick(long sincePreviousNanos) {
            lateness.record(Math.max(0, sincePreviousNanos - FRAME_NANOS), TimeUnit.NANOSECONDS);
        }

        // Logging may block on its appender: the audio thread hands it to a virtual thread.
        @Override
        public void stalled() {
            stalls.increment();
            Thread.ofVirtual().start(() -> log.warn("Audio stalled in guild {}: no frame for 100 ms or more", guild));
        }

        @Override
        public void recovered(long missedFrames) {
            Thread.ofVirtual()
                    .start(() -> log.info(
                            "Audio resumed in guild {} after {} missed frames ({} ms)",
                            guild,
                            missedFrames,
                            missedFrames * 20));
        }
    }
}
