package dev.musicbot.runtime.plugin;

import dev.musicbot.api.plugin.BotPlugin;

/** A plugin found and instantiated, not yet started. */
record PluginCandidate(BotPlugin plugin, PluginInfo info) {}
