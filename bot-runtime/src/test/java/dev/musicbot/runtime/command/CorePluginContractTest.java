package dev.musicbot.runtime.command;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;

/** The built-in commands come from a plugin that meets the same contract as any other. */
class CorePluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return CorePlugin.class;
    }
}
