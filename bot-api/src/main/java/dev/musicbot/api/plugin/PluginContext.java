package dev.musicbot.api.plugin;

import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.TrackLoader;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * A plugin's view of the runtime: where it registers extensions and finds the services it may use. One
 * instance per plugin, valid from {@link BotPlugin#start} to {@link BotPlugin#stop}.
 */
public interface PluginContext {

    /**
     * The id of the plugin this context belongs to.
     *
     * @return the plugin id
     */
    String pluginId();

    /**
     * Registers an extension under this plugin.
     *
     * @param point the extension point, an interface annotated {@link dev.musicbot.api.Spi}
     * @param extension the implementation
     * @param <T> the extension point type
     * @throws IllegalArgumentException if {@code point} is not an extension point, or the extension clashes
     *     with one already registered (same command name, same id)
     */
    <T> void register(Class<T> point, T extension);

    /**
     * All active extensions of a point, in order (priority, then id). Look them up when needed, not at start,
     * since plugins start in any order.
     *
     * @param point the extension point
     * @param <T> the extension point type
     * @return the extensions, possibly empty
     */
    <T> List<T> extensions(Class<T> point);

    /**
     * The active extension of a {@link dev.musicbot.api.Spi.Cardinality#ONE} point.
     *
     * @param point the extension point
     * @param <T> the extension point type
     * @return the active extension, or empty if none is registered
     */
    <T> Optional<T> find(Class<T> point);

    /**
     * Like {@link #find}, for when the feature cannot work without it.
     *
     * @param point the extension point
     * @param <T> the extension point type
     * @return the active extension
     * @throws NoSuchElementException if none is registered
     */
    default <T> T require(Class<T> point) {
        return find(point)
                .orElseThrow(() -> new NoSuchElementException("no " + point.getSimpleName() + " is registered"));
    }

    /**
     * Binds the plugin's configuration section ({@code plugins.<id>} in {@code musicbot.yml}, overridable by
     * {@code MUSICBOT_PLUGINS_<ID>_<KEY>} environment variables) to a record. Keys are kebab-case versions
     * of the record's component names; absent keys leave components {@code null} (or false/0).
     *
     * @param type a record type
     * @param <T> the record type
     * @return the bound configuration
     * @throws IllegalArgumentException with the key and the problem if the section does not fit the type
     */
    <T extends Record> T config(Class<T> type);

    /**
     * A directory owned by this plugin ({@code <data.dir>/plugins/<id>}), created on first call.
     *
     * @return the directory
     */
    Path dataDir();

    /**
     * The shared HTTP client (follows redirects, sensible timeouts).
     *
     * @return the client
     */
    HttpClient httpClient();

    /**
     * A scheduler for periodic work; tasks run on virtual threads and are cancelled when the plugin stops.
     *
     * @return the scheduler
     */
    ScheduledExecutorService scheduler();

    /**
     * Resolves user input through all registered resolvers.
     *
     * @return the loader
     */
    TrackLoader tracks();

    /**
     * How many external programs (yt-dlp with its JavaScript runtime, ffmpeg) the bot may run at once, all
     * plugins together: {@code tuning.max-processes}, which the platform profile sets. A plugin that starts
     * programs waits for a free one before each start (the runtime's own shared helper does this).
     *
     * @return the limit, at least 1
     */
    default int processLimit() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The bot-wide permits for external programs, {@link #processLimit()} of them, one {@link Semaphore} shared
     * by all plugins: take one before starting a program and release it once the program has ended. (Each
     * plugin file carries its own copy of its libraries, so a limit kept in a library would be one per
     * plugin.)
     *
     * <p>Since plugin API 1.1.0; the default, for implementations written before, says so.
     *
     * @return the permits, the same object for every plugin of this bot
     * @throws UnsupportedOperationException if this context offers no shared permits
     */
    default Semaphore processPermits() {
        throw new UnsupportedOperationException("this plugin context offers no shared process permits (API 1.1.0)");
    }

    /**
     * The runtime's address policy: check every host a plugin fetches from, or lets yt-dlp or ffmpeg fetch
     * from, with it (public addresses only unless {@code sources.http.allow} names more).
     *
     * @return the policy, shared by all plugins
     */
    AddressPolicy addresses();
}
