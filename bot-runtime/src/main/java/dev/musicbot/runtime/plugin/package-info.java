/**
 * The plugin host: plugins on the class path found with ServiceLoader (the core plugin; in tests also the
 * feature plugins), plugin files found by PF4J in the plugins directories (the ones shipped with the bot and
 * drop-ins alike, each in a module layer of its own on the module path, checked against the plugin API
 * version), and the registry of everything they contribute.
 */
@NullMarked
package dev.musicbot.runtime.plugin;

import org.jspecify.annotations.NullMarked;
