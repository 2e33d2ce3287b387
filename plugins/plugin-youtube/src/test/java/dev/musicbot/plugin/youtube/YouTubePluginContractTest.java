package dev.musicbot.plugin.youtube;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;

class YouTubePluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return YouTubePlugin.class;
    }
}
