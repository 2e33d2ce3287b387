/** The playlist commands and the JSON-file playlist store. */
module dev.musicbot.plugin.playlists {
    requires dev.musicbot.api;
    requires dev.musicbot.store;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires java.sql;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.playlists.PlaylistsPlugin;

    // Its texts (messages*.properties), which bot-api's MessageBundle reads: a resource in a package of a named
    // module is found by another module only if the package is open to it.
    opens dev.musicbot.plugin.playlists to
            dev.musicbot.api;
}
