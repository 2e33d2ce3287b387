package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.container.MediaContainerDetection;
import com.sedmelluq.discord.lavaplayer.container.MediaContainerDetectionResult;
import com.sedmelluq.discord.lavaplayer.container.MediaContainerHints;
import com.sedmelluq.discord.lavaplayer.container.MediaContainerRegistry;
import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpClientTools;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterface;
import com.sedmelluq.discord.lavaplayer.track.AudioReference;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackInfo;
import com.sedmelluq.discord.lavaplayer.track.InternalAudioTrack;
import java.io.IOException;
import java.net.URI;

/**
 * Plays an HTTP(S) stream with LavaPlayer's own containers: opens it with the headers yt-dlp gave, detects the
 * container (WebM becomes Matroska, M4A becomes MPEG, MP3, Ogg, WAV, ...) and plays the container's track.
 */
final class DirectPlayback {
    private DirectPlayback() {}

    /**
     * Plays the stream.
     *
     * @return false if the stream is not a container LavaPlayer reads (nothing was played)
     * @throws StreamForbiddenException if the stream answers 403
     * @throws Exception whatever the container track throws while playing
     */
    static boolean play(HttpInterface http, ResolvedStream stream, AudioTrackInfo info, Delegate delegate)
            throws Exception {
        try (HeaderHttpStream in = new HeaderHttpStream(http, URI.create(stream.url()), stream.headers())) {
            int status = open(in);
            if (status == 403) {
                throw new StreamForbiddenException("the stream answered HTTP 403");
            }
            if (!HttpClientTools.isSuccessWithContent(status)) {
                throw new FriendlyException(
                        "The audio stream answered HTTP " + status + ".", FriendlyException.Severity.SUSPICIOUS, null);
            }
            MediaContainerHints hints = MediaContainerHints.from(
                    HttpClientTools.getHeaderValue(in.getCurrentResponse(), "Content-Type"), stream.ext());
            MediaContainerDetectionResult result = new MediaContainerDetection(
                            MediaContainerRegistry.DEFAULT_REGISTRY,
                            new AudioReference(stream.url(), info.title),
                            in,
                            hints)
                    .detectContainer();
            if (!result.isContainerDetected() || !result.isSupportedFile() || result.isReference()) {
                return false;
            }
            in.seek(0);
            delegate.play((InternalAudioTrack) result.getContainerDescriptor().createTrack(info, in));
            return true;
        }
    }

    private static int open(HeaderHttpStream in) {
        try {
            return in.checkStatusCode();
        } catch (IOException e) {
            throw new FriendlyException("I couldn't open the audio stream.", FriendlyException.Severity.SUSPICIOUS, e);
        }
    }
}
