package dev.musicbot.runtime.ops;

import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.discord.DiscordConnection;
import dev.musicbot.runtime.discord.DiscordView;
import dev.musicbot.runtime.playback.GuildPlayers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running operations side: the health checks (gateway and voice, plus any added), the endpoint that
 * serves them with the metrics (unless {@code health.enabled} is false), and the health loop, which runs every
 * {@code health.interval-seconds} whether the endpoint is on or not.
 */
public final class Operations implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Operations.class);
    private static final Duration TEMP_FILE_AGE = Duration.ofHours(1);

    private final HealthChecks checks;
    private final List<Runnable> trimHooks;
    private final TempFiles temp;
    private final HealthLoop loop;
    private final @Nullable HealthServer server;

    private Operations(
            HealthChecks checks,
            List<Runnable> trimHooks,
            TempFiles temp,
            HealthLoop loop,
            @Nullable HealthServer server) {
        this.checks = checks;
        this.trimHooks = trimHooks;
        this.temp = temp;
        this.loop = loop;
        this.server = server;
    }

    /**
     * Binds the bot's gauges, starts the health loop and, if enabled, the endpoint. If the endpoint's address
     * is taken or invalid, the bot runs without it and says so in the log: music matters more than monitoring.
     *
     * @throws IOException if the temporary directory cannot be created
     */
    public static Operations start(BotConfig config, Metrics metrics, DiscordConnection discord, GuildPlayers players)
            throws IOException {
        BotConfig.Health health = config.health();
        Duration interval = Duration.ofSeconds(health.intervalSeconds());
        DiscordView view = discord.view();
        GatewayCheck gateway = new GatewayCheck(view::shards);
        VoiceWatch voice = new VoiceWatch(new PlayerVoices(view, players), interval, System::nanoTime);
        HealthChecks checks = new HealthChecks();
        checks.add(gateway);
        checks.add(voice);
        checks.add(new DaveCheck(discord.dave(), view::guildOfVoiceChannel));
        PlayerMeters.bind(metrics, players, view);
        ShardMeters.bind(metrics, view);
        TempFiles temp = TempFiles.create(config.data().dir().resolve("tmp"), TEMP_FILE_AGE, Clock.systemUTC());
        List<Runnable> trimHooks = new CopyOnWriteArrayList<>();
        HealthLoop loop = loop(health, gateway, voice, trimHooks, temp);
        loop.start(interval);
        HealthServer server = health.enabled() ? listen(health, checks, metrics) : null;
        return new Operations(checks, trimHooks, temp, loop, server);
    }

    private static HealthLoop loop(
            BotConfig.Health health, GatewayCheck gateway, VoiceWatch voice, List<Runnable> trimHooks, TempFiles temp) {
        MemoryWatch memory =
                new MemoryWatch(ManagementFactory.getMemoryMXBean()::getHeapMemoryUsage, health.memoryThreshold());
        return new HealthLoop(List.of(
                new HealthLoop.Step("memory", memory::check),
                new HealthLoop.Step("voice connections", () -> voice.repair(gateway.connected())),
                new HealthLoop.Step("caches", () -> trimAll(trimHooks)),
                new HealthLoop.Step("temporary files", temp::clean)));
    }

    private static @Nullable HealthServer listen(BotConfig.Health health, HealthChecks checks, Metrics metrics) {
        try {
            HealthServer server = HealthServer.start(health.host(), health.port(), checks, metrics);
            log.info(
                    "Health and metrics on http://{}:{}/ (/health/live, /health/ready, /metrics)",
                    health.host(),
                    server.port());
            return server;
        } catch (IOException | IllegalArgumentException e) { // taken, or not an address of this machine
            log.error(
                    "Cannot listen on {}:{} for the health endpoint ({}); running without it. Set health.port to a"
                            + " free port, or health.enabled to false.",
                    health.host(),
                    health.port(),
                    e.toString());
            return null;
        }
    }

    private static void trimAll(List<Runnable> hooks) {
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                log.warn("Health loop: trimming a cache failed", e);
            }
        }
    }

    /** Adds a readiness check (for example, that the processing workers are alive). */
    public void addCheck(HealthCheck check) {
        checks.add(check);
    }

    /** Adds a hook the health loop runs every interval to trim a cache (it must not block for long). */
    public void addTrimHook(Runnable trim) {
        trimHooks.add(trim);
    }

    /** Every check's status now. */
    public HealthReport report() {
        return checks.report();
    }

    /** {@code <data.dir>/tmp}: files there older than an hour are removed by the health loop. */
    public Path tempDir() {
        return temp.dir();
    }

    /** The endpoint's port, if it runs. */
    public OptionalInt port() {
        return server == null ? OptionalInt.empty() : OptionalInt.of(server.port());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        loop.close();
    }
}
