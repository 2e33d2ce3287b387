package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.tools.Units;
import com.sedmelluq.discord.lavaplayer.tools.io.HttpInterface;
import com.sedmelluq.discord.lavaplayer.tools.io.PersistentHttpStream;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.http.client.methods.HttpGet;

/** LavaPlayer's seekable HTTP stream, sending the headers yt-dlp says the stream needs on every request. */
final class HeaderHttpStream extends PersistentHttpStream {
    private static final Set<String> MANAGED = Set.of("range", "host", "content-length", "accept-encoding");

    private final Map<String, String> headers;

    HeaderHttpStream(HttpInterface httpInterface, URI url, Map<String, String> headers) {
        super(httpInterface, url, Units.CONTENT_LENGTH_UNKNOWN);
        this.headers = headers;
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
