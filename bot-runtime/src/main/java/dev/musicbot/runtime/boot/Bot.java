package dev.musicbot.runtime.boot;

import dev.musicbot.api.source.TrackRecommender;
import dev.musicbot.api.storage.GuildStateStore;
import dev.musicbot.runtime.StartupException;
import dev.musicbot.runtime.audio.AudioEngine;
import dev.musicbot.runtime.config.BotConfig;
import dev.musicbot.runtime.config.LoadedConfig;
import dev.musicbot.runtime.discord.DaveMonitor;
import dev.musicbot.runtime.discord.DaveSupport;
import dev.musicbot.runtime.discord.DiscordConnection;
import dev.musicbot.runtime.filter.TrackLoudness;
import dev.musicbot.runtime.ops.Metrics;
import dev.musicbot.runtime.ops.Operations;
import dev.musicbot.runtime.playback.Autoplay;
import dev.musicbot.runtime.playback.GuildPlayers;
import dev.musicbot.runtime.playback.PlaybackEvents;
import dev.musicbot.runtime.plugin.ExtensionRegistry;
import dev.musicbot.runtime.processing.ProcessingService;
import dev.musicbot.runtime.state.GuildStates;
import dev.musicbot.runtime.state.JsonFileGuildStateStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running bot: plugins, audio engine, players and the Discord session. Close it to shut down cleanly. */
public final class Bot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    /** How long autoplay waits for related tracks (a yt-dlp mix listing takes a few seconds). */
    private static final Duration AUTOPLAY_TIMEOUT = Duration.ofSeconds(30);

    private final Deque<AutoCloseable> parts;
    private final DiscordConnection discord;
    private final PluginSetup plugins;

    private final GuildPlayers players;
    private final Metrics metrics;
    private final Operations operations;

    private Bot(
            Deque<AutoCloseable> parts,
            DiscordConnection discord,
            PluginSetup plugins,
            GuildPlayers players,
            Metrics metrics,
            Operations operations) {
        this.players = players;
        this.parts = parts;
        this.discord = discord;
        this.plugins = plugins;
        this.metrics = metrics;
        this.operations = operations;
    }

    /**
     * Starts everything and connects to Discord.
     *
     * @throws StartupException if Discord refuses the connection
     */
    public static Bot start(LoadedConfig loaded) {
        BotConfig config = loaded.config();
        DaveSupport support = checkDave(config);
        Deque<AutoCloseable> parts = new ArrayDeque<>();
        try {
            Metrics metrics = push(parts, new Metrics());
            MeterRegistry meters = metrics.registry();
            DaveMonitor dave = new DaveMonitor(config.voice().dave(), support, meters);
            AudioEngine engine = push(parts, new AudioEngine(config));
            ExtensionRegistry registry = PluginSetup.registryFor(config);
            // The default guild state store; a plugin's store of the playlists' id replaces it (PluginSetup).
            registry.register(
                    "core",
                    GuildStateStore.class,
                    new JsonFileGuildStateStore(config.data().dir().resolve("guilds")));
            ProcessingService tracks = push(parts, new ProcessingService(registry, config, meters));
            PluginSetup plugins = push(parts, PluginSetup.start(loaded, engine, registry, tracks));
            PlaybackEvents events = push(parts, new PlaybackEvents(plugins.registry()));
            Autoplay autoplay = push(
                    parts,
                    new Autoplay(
                            () -> plugins.registry().extensions(TrackRecommender.class),
                            config.playback().autoplayRecent(),
                            AUTOPLAY_TIMEOUT));
            GuildStates store = new GuildStates(PluginSetup.guildStateStore(plugins.registry()));
            TrackLoudness loudness = push(
                    parts,
                    TrackLoudness.persistent(
                            config.playback().normalize().targetLufs(),
                            config.data().dir().resolve("loudness.json")));
            GuildPlayers players = push(
                    parts,
                    new GuildPlayers(
                            engine.manager(),
                            engine.probed(),
                            loudness,
                            tracks,
                            events,
                            config.playback(),
                            store,
                            autoplay,
                            metrics::frames,
                            dave::refusal));
            DiscordConnection discord =
                    push(parts, DiscordConnection.open(config, dave, plugins.registry(), players, tracks));
            Operations operations = push(parts, Operations.start(config, metrics, discord, players));
            operations.addCheck(new ProcessingCheck(tracks));
            operations.addTrimHook(tracks::trimCaches);
            if (config.playback().resumeAfterRestart()) {
                discord.sessions().forEach(players::resumeAll);
            }
            return new Bot(parts, discord, plugins, players, metrics, operations);
        } catch (IOException e) {
            closeAll(parts);
            throw new StartupException(
                    "cannot use the data directory " + config.data().dir() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(parts);
            throw e;
        }
    }

    private static DaveSupport checkDave(BotConfig config) {
        DaveSupport dave = DaveSupport.probe();
        if (dave.available()) {
            log.info("DAVE end-to-end encrypted voice: {}", dave.describe());
        } else if (config.voice().dave() == BotConfig.DaveMode.REQUIRED) {
            // Still starts: the commands answer, and each request to play says why the bot cannot join voice.
            log.error(
                    "*** DAVE end-to-end encrypted voice is {} voice.dave is 'required', so the bot will refuse"
                            + " every voice connection ***",
                    dave.describe());
        } else {
            log.warn("*** DAVE end-to-end encrypted voice is {} ***", dave.describe());
        }
        return dave;
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> parts, T part) {
        parts.push(part);
        return part;
    }

    public DiscordConnection discord() {
        return discord;
    }

    public PluginSetup plugins() {
        return plugins;
    }

    /** The meter registry and its Prometheus output. */
    public Metrics metrics() {
        return metrics;
    }

    /** The health checks, the health endpoint and the health loop. */
    public Operations operations() {
        return operations;
    }

    /** Blocks until the Discord session ends. */
    public void awaitEnd() throws InterruptedException {
        discord.awaitEnd();
    }

    @Override
    public void close() {
        log.info("Shutting down");
        players.saveAll(); // before the voice connections close, so each guild resumes where it was
        closeAll(parts);
        log.info("Stopped");
    }

    private static void closeAll(Deque<AutoCloseable> parts) {
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Error while stopping {}", part.getClass().getSimpleName(), e);
            }
        }
    }
}
