package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.tools.Units;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpClientTools;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterface;
import com.sedmelluq.discord.lavaplayer.tools.io.PersistentHttpStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.http.HttpStatus;
import org.apache.http.client.methods.HttpGet;

/**
 * LavaPlayer's seekable HTTP stream, sending the headers yt-dlp says the stream needs on every request. A request
 * partway through (after a dropped connection, or a seek) that the server refuses with 403 throws {@link
 * StreamForbiddenException}, so that the track can fetch a fresh stream URL instead of failing.
 */
final class HeaderHttpStream extends PersistentHttpStream {
    private static final Set<String> MANAGED = Set.of("range", "host", "content-length", "accept-encoding");

    private final Map<String, String> headers;

    HeaderHttpStream(HttpInterface httpInterface, URI url, Map<String, String> headers) {
        super(httpInterface, url, Units.CONTENT_LENGTH_UNKNOWN);
        this.headers = headers;
    }

    @Override
    protected void connect(boolean skipStatusCheck) throws IOException {
        if (skipStatusCheck || position == 0) {
            super.connect(skipStatusCheck); // the first request: DirectPlayback looks at its status itself
            return;
        }
        super.connect(true);
        int status = checkStatusCode();
        if (status == HttpStatus.SC_FORBIDDEN) {
            releaseConnection();
            throw new StreamForbiddenException("the stream answered HTTP 403 at byte " + position);
        }
        if (!HttpClientTools.isSuccessWithContent(status)) {
            releaseConnection();
            super.connect(false); // LavaPlayer's own handling: retries a server error, throws on the others
        }
    }

    @Override
    protected HttpGet getConnectRequest() {
        HttpGet request = super.getConnectRequest();
        headers.forEach((name, value) -> {
            if (!MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
                request.setHeader(name, value);
            }
        });
        return request;
    }
}
