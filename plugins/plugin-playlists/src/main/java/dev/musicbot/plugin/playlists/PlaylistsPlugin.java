package dev.musicbot.plugin.playlists;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the playlists plugin. Not implemented yet: it loads, and says so, but contributes nothing,
 * so the playlist commands are not available yet.
 */
public final class PlaylistsPlugin implements BotPlugin {
    private static final Logger log = LoggerFactory.getLogger(PlaylistsPlugin.class);

    @Override
    public String id() {
        return "playlists";
    }

    @Override
    public void start(PluginContext ctx) {
        log.info(
                "The playlists plugin is not implemented yet in this version: the playlist commands are not available yet");
    }
}
