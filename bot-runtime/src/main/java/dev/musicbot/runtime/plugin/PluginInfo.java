package dev.musicbot.runtime.plugin;

import org.jspecify.annotations.Nullable;

/**
 * What the host knows of one plugin.
 *
 * @param id the plugin id
 * @param version its version
 * @param origin bundled with the bot or dropped into the plugins directory
 * @param location the jar, zip or directory it came from
 * @param state whether it runs
 * @param problem why it does not run, or {@code null}
 */
public record PluginInfo(
        String id,
        String version,
        Origin origin,
        String location,
        State state,
        @Nullable String problem) {

    /** Where a plugin came from. */
    public enum Origin {
        /** The class path: the runtime's core plugin (and, in tests, the feature plugins). */
        BUNDLED,
        /** A plugin file in a plugins directory, shipped with the bot or dropped in. */
        DROP_IN
    }

    /** Whether a plugin runs. */
    public enum State {
        STARTED,
        FAILED,
        DISABLED
    }

    PluginInfo withState(State newState, @Nullable String newProblem) {
        return new PluginInfo(id, version, origin, location, newState, newProblem);
    }
}
