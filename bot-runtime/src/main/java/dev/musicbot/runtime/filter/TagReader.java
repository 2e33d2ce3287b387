package dev.musicbot.runtime.filter;

import com.sedmelluq.discord.lavaplayer.source.http.HttpAudioSourceManager;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterface;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.OptionalDouble;
import org.apache.http.HttpStatus;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the loudness tags ({@link LoudnessTags}) of a track from the first {@value #HEAD_BYTES} bytes of its
 * file: one ranged request through the HTTP source's own client, so the address guard and its redirect rules
 * apply, with a short timeout so that a slow server delays the start of a song by {@link #TIMEOUT} at most.
 * Sources that are not files on a web server (yt-dlp's sites, streams) have no tags to read: yt-dlp's JSON
 * carries no loudness figure (YouTube's player response has one, {@code loudnessDb}, which yt-dlp does not
 * pass on), so those tracks are measured.
 */
final class TagReader {
    static final int HEAD_BYTES = 64 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(TagReader.class);

    private TagReader() {}

    static OptionalDouble read(AudioTrack track) {
        if (!(track.getSourceManager() instanceof HttpAudioSourceManager http) || track.getInfo().isStream) {
            return OptionalDouble.empty();
        }
        HttpGet get = new HttpGet(track.getIdentifier());
        int millis = Math.toIntExact(TIMEOUT.toMillis());
        get.setConfig(RequestConfig.custom()
                .setConnectTimeout(millis)
                .setConnectionRequestTimeout(millis)
                .setSocketTimeout(millis)
                .setRedirectsEnabled(false)
                .build());
        get.setHeader("Range", "bytes=0-" + (HEAD_BYTES - 1));
        try (HttpInterface client = http.getHttpInterface();
                CloseableHttpResponse response = client.execute(get)) {
            int status = response.getStatusLine().getStatusCode();
            if (status != HttpStatus.SC_OK && status != HttpStatus.SC_PARTIAL_CONTENT || response.getEntity() == null) {
                return OptionalDouble.empty();
            }
            try (InputStream body = response.getEntity().getContent()) {
                return LoudnessTags.loudness(body.readNBytes(HEAD_BYTES));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("No loudness tags read for {}: {}", track.getIdentifier(), e.getMessage());
            return OptionalDouble.empty();
        }
    }
}
