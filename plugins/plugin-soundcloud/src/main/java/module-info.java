/** SoundCloud links and search through yt-dlp, with ffmpeg for HLS/AAC. */
module dev.musicbot.plugin.soundcloud {
    requires dev.musicbot.api;
    requires dev.musicbot.ytdlp;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.soundcloud.SoundCloudPlugin;

    // Its texts (messages*.properties), which bot-api's MessageBundle reads: a resource in a package of a named
    // module is found by another module only if the package is open to it.
    opens dev.musicbot.plugin.soundcloud to
            dev.musicbot.api;
}
