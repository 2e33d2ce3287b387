package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Finds, starts and stops plugins. Plugins on the class path (the runtime's core plugin; in tests also the
 * feature plugins) start first (by id), then those from plugin files (in PF4J's dependency order). A plugin that fails to start is reported and its registrations removed; the others run on. Two
 * plugins with the same id, or clashing extensions, stop start-up with both named.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final HostServices services;
    private final DropInPlugins dropIns;
    /** tuning.max-processes permits, handed to every plugin: the one process cap, whatever each plugin bundles. */
    private final Semaphore processPermits;

    private final List<PluginInfo> infos = new ArrayList<>();
    private final List<Running> running = new ArrayList<>();

    private record Running(BotPlugin plugin, DefaultPluginContext context) {}

    /**
     * @param pluginsDirs the directories with plugin files: the configured plugins directory first, then the
     *     installation's (where the plugins shipped with the bot are), if it is another one
     * @param apiVersion the plugin API version this bot provides, which each plugin file's
     *     {@code Plugin-Requires} must accept
     */
    public PluginHost(HostServices services, List<Path> pluginsDirs, String apiVersion) {
        this.services = services;
        this.dropIns = new DropInPlugins(pluginsDirs, apiVersion);
        this.processPermits =
                new Semaphore(Math.max(1, services.config().config().tuning().maxProcesses()), true);
    }

    /**
     * Discovers and starts every plugin.
     *
     * @return what happened to each plugin
     * @throws PluginConflictException if two plugins share an id
     * @throws ExtensionConflictException if two plugins register clashing extensions
     */
    public synchronized List<PluginInfo> start() {
        Discovery bundled = BundledPlugins.discover(PluginHost.class.getClassLoader());
        Discovery dropped = dropIns.discover();
        List<PluginCandidate> candidates = new ArrayList<>(bundled.candidates());
        candidates.addAll(dropped.candidates());
        checkUniqueIds(candidates);
        infos.addAll(bundled.failures());
        infos.addAll(dropped.failures());
        candidates.forEach(this::startOne);
        services.registry().logSummary();
        return List.copyOf(infos);
    }

    private static void checkUniqueIds(List<PluginCandidate> candidates) {
        Map<String, PluginInfo> seen = new HashMap<>();
        for (PluginCandidate candidate : candidates) {
            PluginInfo previous = seen.putIfAbsent(candidate.info().id(), candidate.info());
            if (previous != null) {
                throw new PluginConflictException(
                        "two plugins have the id '" + candidate.info().id() + "': " + previous.location() + " and "
                                + candidate.info().location());
            }
        }
    }

    private void startOne(PluginCandidate candidate) {
        PluginInfo info = candidate.info();
        DefaultPluginContext context = new DefaultPluginContext(info.id(), services, processPermits);
        MDC.put("plugin", info.id());
        try {
            candidate.plugin().start(context);
            running.add(new Running(candidate.plugin(), context));
            infos.add(info.withState(PluginInfo.State.STARTED, null));
            log.info("Plugin '{}' {} started ({})", info.id(), info.version(), info.origin());
        } catch (ExtensionConflictException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            services.registry().unregisterAll(info.id());
            context.close();
            infos.add(info.withState(PluginInfo.State.FAILED, "failed to start: " + e));
            log.error("Plugin '{}' from {} failed to start; the bot runs on without it", info.id(), info.location(), e);
        } finally {
            MDC.remove("plugin");
        }
    }

    /** What happened to each plugin, in start order. */
    public synchronized List<PluginInfo> plugins() {
        return List.copyOf(infos);
    }

    /** Stops plugins in reverse start order, then unloads drop-ins. */
    @Override
    public synchronized void close() {
        for (Running r : running.reversed()) {
            try {
                r.plugin().stop();
            } catch (RuntimeException e) {
                log.warn("Plugin '{}' failed to stop cleanly", r.plugin().id(), e);
            }
            r.context().close();
            services.registry().unregisterAll(r.plugin().id());
        }
        running.clear();
        dropIns.close();
    }
}
