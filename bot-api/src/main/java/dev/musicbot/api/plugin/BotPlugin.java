package dev.musicbot.api.plugin;

import dev.musicbot.api.Spi;

/**
 * Extension point. The one discovered entry point of a plugin.
 *
 * <p>A plugin jar names its implementation in every descriptor: {@code provides} in {@code module-info},
 * {@code META-INF/services/dev.musicbot.api.plugin.BotPlugin}, and the PF4J {@code Plugin-Class} manifest
 * entry (or {@code plugin.properties}).
 *
 * <p><b>Called by:</b> the runtime's plugin host, for bundled plugins (found with ServiceLoader) and drop-in
 * plugins (found by PF4J in the plugins directory).
 *
 * <p><b>When:</b> {@link #start} once at start-up, before Discord connects; {@link #stop} once at shutdown,
 * in reverse order.
 *
 * <p><b>Thread:</b> the start-up thread; may block briefly (read configuration, check an executable).
 *
 * <p><b>Not mine:</b> a plugin that cannot work (missing credentials, say) logs why and registers nothing;
 * the bot runs on without it.
 *
 * <p><b>Errors:</b> an exception from {@link #start} marks the plugin failed, is reported with the plugin's
 * id, and removes whatever it had registered; the other plugins keep running.
 */
@Spi(cardinality = Spi.Cardinality.MANY)
public interface BotPlugin {

    /**
     * The plugin's stable, lower-kebab-case id (for example {@code "spotify"}); it names the plugin's
     * configuration section {@code plugins.<id>} and must equal the PF4J {@code Plugin-Id}.
     *
     * @return the id
     */
    String id();

    /**
     * Registers the plugin's extensions.
     *
     * @param ctx the plugin's view of the runtime
     */
    void start(PluginContext ctx);

    /** Releases what {@link #start} acquired. Extensions are unregistered by the runtime. */
    default void stop() {}
}
