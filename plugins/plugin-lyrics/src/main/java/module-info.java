/** /lyrics: plain and synced lyrics from LRCLIB, paged, or live with playback. */
module dev.musicbot.plugin.lyrics {
    requires dev.musicbot.api;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;
    requires java.net.http;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.lyrics.LyricsPlugin;

    // Its texts (messages*.properties), which bot-api's MessageBundle reads: a resource in a package of a named
    // module is found by another module only if the package is open to it.
    opens dev.musicbot.plugin.lyrics to
            dev.musicbot.api;
}
