package dev.musicbot.plugin.playlists;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.testkit.BotPluginContract;
import dev.musicbot.api.testkit.RecordingPluginContext;
import java.nio.file.Path;
import java.util.Map;

class PlaylistsPluginContractTest extends BotPluginContract {
    @Override
    protected Class<? extends BotPlugin> pluginClass() {
        return PlaylistsPlugin.class;
    }

    @Override
    protected RecordingPluginContext contextFor(String pluginId, Path dataDir) {
        return new RecordingPluginContext(
                pluginId,
                dataDir,
                Map.of(PlaylistsConfig.class, type -> new PlaylistsConfig(null, null, null, null, null, null)));
    }

    @Override
    protected boolean commandsAnswerOffline() {
        return true;
    }
}
