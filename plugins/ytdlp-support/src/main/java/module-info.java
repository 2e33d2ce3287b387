/**
 * Shared support for the sources that go through yt-dlp: the settings, a process runner that never blocks
 * forever, the JSON model of what yt-dlp prints, the mapping to bot tracks, and a LavaPlayer source that
 * resolves the stream at play time (ffmpeg for formats LavaPlayer cannot read). A library, not a plugin.
 */
module dev.musicbot.ytdlp {
    requires transitive dev.musicbot.api;
    requires transitive lavaplayer;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires org.apache.httpcomponents.httpclient;
    requires org.apache.httpcomponents.httpcore;
    requires static org.jspecify;

    exports dev.musicbot.ytdlp;
    exports dev.musicbot.ytdlp.json;
    exports dev.musicbot.ytdlp.audio;

    opens dev.musicbot.ytdlp.json to
            com.fasterxml.jackson.databind;

    // Its texts (messages*.properties), which bot-api's MessageBundle reads: a resource in a package of a named
    // module is found by another module only if the package is open to it.
    opens dev.musicbot.ytdlp to
            dev.musicbot.api;
}
