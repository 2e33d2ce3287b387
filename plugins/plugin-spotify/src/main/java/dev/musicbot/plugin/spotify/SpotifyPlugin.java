package dev.musicbot.plugin.spotify;

import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.SourceResolver;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the spotify plugin: Spotify track, album and playlist links, read with the Web API (client
 * credentials) and mirrored to YouTube when each track is about to play.
 *
 * <p>Needs a Spotify app's client id and secret ({@code plugins.spotify.client-id} and {@code client-secret},
 * or {@code SPOTIFY_CLIENT_ID} and {@code SPOTIFY_CLIENT_SECRET}); the app's owner needs Spotify Premium,
 * and since February 2026 playlists are readable only if the app's owner owns them. Without credentials the
 * plugin still starts, and answers Spotify links by saying what is missing.
 */
public final class SpotifyPlugin implements BotPlugin {
    private static final Logger log = LoggerFactory.getLogger(SpotifyPlugin.class);

    private final Clock clock;

    /** The plugin as the runtime creates it. */
    public SpotifyPlugin() {
        this(Clock.systemUTC());
    }

    SpotifyPlugin(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return SpotifyTrack.SOURCE_ID;
    }

    @Override
    public void start(PluginContext ctx) {
        SpotifyConfig.Settings settings = ctx.config(SpotifyConfig.class).settings();
        SpotifyLookup lookup;
        if (settings.credentials().isEmpty()) {
            log.info("Spotify links are off: set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (or"
                    + " plugins.spotify.client-id and client-secret) to play them");
            lookup = link -> Messages.missingCredentials();
        } else {
            log.info(
                    "Spotify links are on (Web API {}, up to {} tracks per album or playlist)",
                    settings.apiBase(),
                    settings.maxTracks());
            lookup = CatalogLookup.create(settings, ctx.httpClient(), ctx.tracks(), clock);
        }
        ctx.register(SourceResolver.class, new SpotifyResolver(lookup));
    }
}
