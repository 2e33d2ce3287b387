package dev.musicbot.runtime.plugin;

import java.util.Objects;

/**
 * One registered extension and the plugin it belongs to.
 *
 * @param pluginId the owning plugin
 * @param point the extension point
 * @param extension the implementation
 * @param key what makes it unique within the point (a command name or an id)
 * @param priority its ordering key, higher first
 */
public record Registration(String pluginId, Class<?> point, Object extension, String key, int priority) {
    public Registration {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(key, "key");
    }
}
