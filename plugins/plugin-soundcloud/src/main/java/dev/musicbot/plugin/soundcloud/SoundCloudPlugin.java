package dev.musicbot.plugin.soundcloud;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.ytdlp.Executables;
import dev.musicbot.ytdlp.ProcessSlots;
import dev.musicbot.ytdlp.ProcessYtDlp;
import dev.musicbot.ytdlp.YtDlp;
import dev.musicbot.ytdlp.YtDlpLookup;
import dev.musicbot.ytdlp.YtDlpSettings;
import dev.musicbot.ytdlp.audio.StreamOptions;
import dev.musicbot.ytdlp.audio.YtDlpAudioContributor;
import java.util.Objects;

/**
 * Entry point of the soundcloud plugin: SoundCloud tracks, sets and search, resolved by yt-dlp and played
 * through the {@code soundcloud:} audio source; progressive streams play directly, HLS/AAC through ffmpeg.
 */
public final class SoundCloudPlugin implements BotPlugin {
    static final String ID = "soundcloud";
    static final String SECTION = "plugins." + ID;

    /** Progressive (plain HTTP) audio first, which LavaPlayer reads itself; HLS only when there is nothing else. */
    static final String FORMAT = "bestaudio[protocol=https]/bestaudio[protocol=http]/bestaudio/best";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void start(PluginContext ctx) {
        SoundCloudConfig config = ctx.config(SoundCloudConfig.class);
        YtDlpSettings settings = YtDlpSettings.of(
                SECTION, "SoundCloud", config.ytDlp(), null, null, config.timeoutSeconds(), config.extraArgs());
        Executables.warnIfMissing(settings.binary(), SECTION + ".yt-dlp", "SoundCloud links and search");
        ProcessSlots.use(ctx.processPermits(), ctx.processLimit());
        YtDlp ytDlp = new ProcessYtDlp(settings);
        int searchResults = YtDlpLookup.searchResults(config.searchResults(), SECTION);
        ctx.register(SourceResolver.class, new SoundCloudResolver(ytDlp, searchResults));
        String ffmpeg = Objects.requireNonNullElse(config.ffmpeg(), StreamOptions.DEFAULT_FFMPEG);
        ctx.register(
                AudioSourceContributor.class,
                new YtDlpAudioContributor(
                        ID,
                        SoundCloudResolver.PREFIX,
                        ytDlp,
                        new StreamOptions(FORMAT, ffmpeg, SECTION),
                        SoundCloudLinks::trackPage,
                        ctx.addresses()));
    }
}
