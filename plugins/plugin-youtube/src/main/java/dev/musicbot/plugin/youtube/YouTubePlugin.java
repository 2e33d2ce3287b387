package dev.musicbot.plugin.youtube;

import dev.musicbot.api.audio.AudioSourceContributor;
import dev.musicbot.api.command.CommandHandler;
import dev.musicbot.api.playback.SegmentProvider;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the youtube plugin: YouTube links, playlists and search, resolved by yt-dlp and played
 * through the {@code youtube:} audio source (stream URLs are fetched at play time), and the YouTube mix of a video
 * for autoplay.
 */
public final class YouTubePlugin implements BotPlugin {
    private static final Logger log = LoggerFactory.getLogger(YouTubePlugin.class);
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
        ProcessSlots.use(ctx.processPermits(), ctx.processLimit());
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
        startSponsorBlock(ctx, config.sponsorblock());
    }

    /** SponsorBlock's segments and {@code /sponsorblock}, unless turned off in the configuration. */
    private static void startSponsorBlock(PluginContext ctx, @Nullable SponsorBlockConfig config) {
        SponsorBlockConfig sponsorBlock = config == null ? new SponsorBlockConfig(null, null, null) : config;
        if (!sponsorBlock.on()) {
            log.info("SponsorBlock is off ({}.sponsorblock.enabled is false)", SECTION);
            return;
        }
        ctx.register(
                SegmentProvider.class,
                new SponsorBlockSegments(ctx.httpClient(), sponsorBlock.base(), sponsorBlock.timeout()));
        ctx.register(CommandHandler.class, new SponsorBlockCommand());
    }
}
