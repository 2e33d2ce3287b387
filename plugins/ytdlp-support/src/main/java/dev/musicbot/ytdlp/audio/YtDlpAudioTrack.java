package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.source.AudioSourceManager;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterface;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import com.sedmelluq.discord.lavaplayer.track.DelegatedAudioTrack;
import com.sedmelluq.discord.lavaplayer.track.playback.LocalAudioTrackExecutor;
import dev.musicbot.ytdlp.ProcessRunner;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A track of a yt-dlp source: knows its page URL and, once resolved, a short-lived stream. When it plays, an
 * expired stream, or one that answers 403 (at the start, or on a request partway through), is resolved again
 * once, and playback resumes where it stopped; the stream is played directly or through ffmpeg. A second 403
 * fails the track (the guild hears of it once, from the runtime).
 */
public final class YtDlpAudioTrack extends DelegatedAudioTrack {
    private static final Logger log = LoggerFactory.getLogger(YtDlpAudioTrack.class);

    private final YtDlpAudioSourceManager source;
    private final String pageUrl;
    private volatile @Nullable ResolvedStream stream;
    private final AtomicReference<@Nullable Process> transcoder = new AtomicReference<>();

    YtDlpAudioTrack(
            AudioTrackInfo info, YtDlpAudioSourceManager source, String pageUrl, @Nullable ResolvedStream stream) {
        super(info);
        this.source = source;
        this.pageUrl = pageUrl;
        this.stream = stream;
    }

    /**
     * The page this track plays (what is persisted; never a stream URL).
     *
     * @return the page URL
     */
    public String pageUrl() {
        return pageUrl;
    }

    @Override
    public void process(LocalAudioTrackExecutor executor) throws Exception {
        ResolvedStream current = stream;
        boolean refreshed = false;
        if (current == null) {
            current = refresh();
        } else if (current.expired(Instant.now())) {
            log.debug("The stream of {} has expired; resolving it again", pageUrl);
            current = refresh();
            refreshed = true;
        }
        while (true) {
            try {
                play(current, executor);
                return;
            } catch (Exception e) {
                StreamForbiddenException refusal = refusal(e).orElseThrow(() -> e);
                if (refreshed) {
                    throw new FriendlyException(
                            "The audio stream refused access (HTTP 403), even after I fetched a fresh one.",
                            FriendlyException.Severity.SUSPICIOUS,
                            e);
                }
                long position = executor.getPosition();
                log.debug(
                        "The stream of {} was refused at {} ms ({}); resolving it again",
                        pageUrl,
                        position,
                        refusal.getMessage());
                current = refresh();
                refreshed = true;
                if (position > 0) {
                    executor.setPosition(position); // the fresh stream resumes where the stale one stopped
                }
            }
        }
    }

    /** The 403 behind a failure: thrown directly, or wrapped by LavaPlayer's processing loop. */
    private static Optional<StreamForbiddenException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamForbiddenException forbidden) {
                return Optional.of(forbidden);
            }
        }
        return Optional.empty();
    }

    private ResolvedStream refresh() {
        ResolvedStream fresh = source.resolveStream(pageUrl);
        stream = fresh;
        return fresh;
    }

    private void play(ResolvedStream resolved, LocalAudioTrackExecutor executor) throws Exception {
        Delegate delegate = track -> processDelegate(track, executor);
        if (resolved.isDirectHttp()) {
            try (HttpInterface http = source.httpInterface()) {
                if (DirectPlayback.play(http, resolved, trackInfo, delegate)) {
                    return;
                }
            }
            log.debug("LavaPlayer does not read the container of {}; transcoding with ffmpeg", pageUrl);
        }
        FfmpegPlayback.play(resolved, source.options(), trackInfo, transcoder, delegate);
    }

    @Override
    public void stop() {
        super.stop();
        Process process = transcoder.getAndSet(null);
        if (process != null) {
            ProcessRunner.killTree(process);
        }
    }

    @Override
    protected AudioTrack makeShallowClone() {
        return new YtDlpAudioTrack(trackInfo, source, pageUrl, stream);
    }

    @Override
    public AudioSourceManager getSourceManager() {
        return source;
    }
}
