package dev.musicbot.plugin.playlists;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;

class PlaylistsPluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return PlaylistsPlugin.class;
    }
}
