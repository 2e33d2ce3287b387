/** YouTube links, playlists and search through yt-dlp. */
module dev.musicbot.plugin.youtube {
    requires dev.musicbot.api;
    requires dev.musicbot.ytdlp;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.youtube.YouTubePlugin;

    // Its texts (messages*.properties), which bot-api's MessageBundle reads: a resource in a package of a named
    // module is found by another module only if the package is open to it.
    opens dev.musicbot.plugin.youtube to
            dev.musicbot.api;
}
