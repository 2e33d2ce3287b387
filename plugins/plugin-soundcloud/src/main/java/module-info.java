/** SoundCloud links and search through yt-dlp, with ffmpeg for HLS/AAC. */
module dev.musicbot.plugin.soundcloud {
    requires dev.musicbot.api;
    requires dev.musicbot.ytdlp;
    requires static org.jspecify;

    provides dev.musicbot.api.plugin.BotPlugin with
            dev.musicbot.plugin.soundcloud.SoundCloudPlugin;
}
