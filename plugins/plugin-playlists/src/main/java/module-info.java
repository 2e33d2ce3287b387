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
}
