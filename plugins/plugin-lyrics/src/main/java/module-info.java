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
}
