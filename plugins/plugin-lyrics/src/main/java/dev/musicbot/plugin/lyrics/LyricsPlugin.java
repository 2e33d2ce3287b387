package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Entry point of the lyrics plugin: {@code /lyrics}, from LRCLIB's public API. */
public final class LyricsPlugin implements BotPlugin {
    static final String ID = "lyrics";
    static final String DEFAULT_BASE_URL = "https://lrclib.net";

    private LyricsCommand command;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void start(PluginContext ctx) {
        LyricsConfig config = ctx.config(LyricsConfig.class);
        URI base = baseUrl(config.baseUrl());
        Duration timeout = Duration.ofSeconds(positive(config.timeoutSeconds(), 5, "timeout-seconds"));
        Duration keep = Duration.ofMinutes(positive(config.cacheMinutes(), 360, "cache-minutes"));
        LrclibClient client = new LrclibClient(base, timeout, userAgent());
        command = new LyricsCommand(new LyricsFinder(client, keep), new LiveSessions(ctx.scheduler()), timeout);
        ctx.register(CommandHandler.class, command);
    }

    @Override
    public void stop() {
        if (command != null) {
            command.stopLive();
        }
    }

    static URI baseUrl(String configured) {
        String value = Objects.requireNonNullElse(configured, DEFAULT_BASE_URL).strip();
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plugins.lyrics.base-url is not an address: " + value, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("plugins.lyrics.base-url must be an http(s) address: " + value);
        }
        return uri;
    }

    private static int positive(Integer value, int fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("plugins.lyrics." + key + " must be at least 1: " + value);
        }
        return value;
    }

    private static String userAgent() {
        String version =
                Objects.requireNonNullElse(LyricsPlugin.class.getPackage().getImplementationVersion(), "dev");
        return "musicbot-lyrics/" + version + " (self-hosted Discord music bot)";
    }
}
