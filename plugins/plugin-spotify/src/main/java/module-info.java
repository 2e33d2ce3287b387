/** Spotify track, album and playlist links, mirrored to YouTube at play time. */
module dev.musicbot.plugin.spotify {
    requires dev.musicbot.api;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.spotify.SpotifyPlugin;
}
