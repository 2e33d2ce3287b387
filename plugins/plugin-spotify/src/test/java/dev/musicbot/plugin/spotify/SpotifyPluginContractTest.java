package dev.musicbot.plugin.spotify;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;

class SpotifyPluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return SpotifyPlugin.class;
    }
}
