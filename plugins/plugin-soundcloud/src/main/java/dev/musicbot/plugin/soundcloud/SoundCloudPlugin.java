package dev.musicbot.plugin.soundcloud;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the soundcloud plugin. Not implemented yet: it loads, and says so, but contributes nothing,
 * so SoundCloud links are not playable yet.
 */
public final class SoundCloudPlugin implements BotPlugin {
    private static final Logger log = LoggerFactory.getLogger(SoundCloudPlugin.class);

    @Override
    public String id() {
        return "soundcloud";
    }

    @Override
    public void start(PluginContext ctx) {
        log.info("The soundcloud plugin is not implemented yet in this version: SoundCloud links are not playable yet");
    }
}
