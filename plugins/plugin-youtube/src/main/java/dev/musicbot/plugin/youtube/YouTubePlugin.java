package dev.musicbot.plugin.youtube;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the youtube plugin. Not implemented yet: it loads, and says so, but contributes nothing,
 * so YouTube links and search are not playable yet.
 */
public final class YouTubePlugin implements BotPlugin {
    private static final Logger log = LoggerFactory.getLogger(YouTubePlugin.class);

    @Override
    public String id() {
        return "youtube";
    }

    @Override
    public void start(PluginContext ctx) {
        log.info(
                "The youtube plugin is not implemented yet in this version: YouTube links and search are not playable yet");
    }
}
