package dev.musicbot.plugin.youtube;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.plugin.BotPlugin;
import dev.musicbot.api.plugin.PluginContext;
import dev.musicbot.api.source.SourceResolver;
import dev.musicbot.api.source.TrackRecommender;
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
 * Entry point of the youtube plugin: YouTube links, playlists and search, resolved by yt-dlp and played
 * through the {@code youtube:} audio source (stream URLs are fetched at play time), and the YouTube mix of a video
 * for autoplay.
 */
public final class YouTubePlugin implements BotPlugin {
    static final String ID = "youtube";
    static final String SECTION = "plugins." + ID;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void start(PluginContext ctx) {
        YouTubeConfig config = ctx.config(YouTubeConfig.class);
        YtDlpSettings settings = YtDlpSettings.of(
                SECTION,
                "YouTube",
                config.ytDlp(),
                config.jsRuntime(),
                config.cookies(),
                config.timeoutSeconds(),
                config.extraArgs());
        Executables.warnIfMissing(settings.binary(), SECTION + ".yt-dlp", "YouTube links and search");
        ProcessSlots.limit(ctx.processLimit());
        YtDlp ytDlp = new ProcessYtDlp(settings);
        int searchResults = YtDlpLookup.searchResults(config.searchResults(), SECTION);
        ctx.register(SourceResolver.class, new YouTubeResolver(ytDlp, searchResults));
        ctx.register(TrackRecommender.class, new YouTubeMix(ytDlp));
        String ffmpeg = Objects.requireNonNullElse(config.ffmpeg(), StreamOptions.DEFAULT_FFMPEG);
        ctx.register(
                AudioSourceContributor.class,
                new YtDlpAudioContributor(
                        ID,
                        YouTubeResolver.PREFIX,
                        ytDlp,
                        new StreamOptions(StreamOptions.DEFAULT_FORMAT, ffmpeg, SECTION),
                        YouTubeLinks::videoPage,
                        ctx.addresses()));
    }
}
