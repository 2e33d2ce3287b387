package dev.musicbot.plugin.soundcloud;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;

class SoundCloudPluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return SoundCloudPlugin.class;
    }
}
