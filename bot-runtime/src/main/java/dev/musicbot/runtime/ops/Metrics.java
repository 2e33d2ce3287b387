package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import dev.musicbot.runtime.audio.PlayerSendHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bot's one meter registry, in Prometheus format, with the JVM's memory, garbage collection, threads,
 * class loading, CPU and uptime bound to it. Everything else registers its own meters on {@link #registry()}.
 *
 * <p>Per-guild series ({@code guild} tag: frames, queue length) grow with the number of guilds that played
 * music since the start: fine for a self-hosted bot in a few hundred guilds, not for a public one in thousands.
 */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
    }

    /** Where to register meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * The frame counters of one guild's audio: {@code musicbot_frames_sent_total} and
     * {@code musicbot_frames_missed_total}, tagged with the guild.
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
        return new CountingFrames(sent, missed);
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

    private record CountingFrames(Counter sentFrames, Counter missedFrames) implements PlayerSendHandler.FrameCounter {
        @Override
        public void sent() {
            sentFrames.increment();
        }

        @Override
        public void missed() {
            missedFrames.increment();
        }
    }
}
