package dev.musicbot.plugin.spotify;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the spotify plugin. Not implemented yet: it loads, and says so, but contributes nothing,
 * so Spotify links are not playable yet.
 */
public final class SpotifyPlugin implements BotPlugin {
    private static final Logger log = LoggerFactory.getLogger(SpotifyPlugin.class);

    @Override
    public String id() {
        return "spotify";
    }

    @Override
    public void start(PluginContext ctx) {
        log.info("The spotify plugin is not implemented yet in this version: Spotify links are not playable yet");
    }
}
