/** The plugin entry point and the services the runtime offers to plugins. */
@NullMarked
package dev.musicbot.api.plugin;

import org.jspecify.annotations.NullMarked;
