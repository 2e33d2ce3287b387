/**
 * The plugin host: bundled plugins found with ServiceLoader, drop-in plugins found by PF4J in the plugins
 * directory (each in its own class loader), and the registry of everything they contribute.
 */
@NullMarked
package dev.musicbot.runtime.plugin;

import org.jspecify.annotations.NullMarked;
