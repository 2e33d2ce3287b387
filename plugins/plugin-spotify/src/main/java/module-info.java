/** Spotify track, album and playlist links, mirrored to YouTube at play time. */
module dev.musicbot.plugin.spotify {
    requires dev.musicbot.api;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.spotify.SpotifyPlugin;

    // Its texts (messages*.properties), which bot-api's MessageBundle reads: a resource in a package of a named
    // module is found by another module only if the package is open to it.
    opens dev.musicbot.plugin.spotify to
            dev.musicbot.api;
}
