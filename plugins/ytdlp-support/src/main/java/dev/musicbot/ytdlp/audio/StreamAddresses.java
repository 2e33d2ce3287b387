package dev.musicbot.ytdlp.audio;

import com.sedmelluq.discord.lavaplayer.tools.FriendlyException;
import dev.musicbot.api.source.AddressPolicy;
import dev.musicbot.api.source.BlockedAddressException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks a stream URL that yt-dlp returned before anything opens it: it must be a web address whose host the
 * runtime's {@link AddressPolicy} allows. A page can name any stream, so this is the same guard the runtime puts
 * on links users type.
 */
final class StreamAddresses {
    private StreamAddresses() {}

    /**
     * Checks a stream URL.
     *
     * @throws FriendlyException if it is not http(s), or its host is not allowed or does not resolve
     */
    static void check(String url, AddressPolicy addresses) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw refused("yt-dlp gave a stream address I can't read, so I didn't open it.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw refused("yt-dlp gave a stream that isn't a web address, so I didn't open it.");
        }
        try {
            addresses.resolve(uri.getHost());
        } catch (BlockedAddressException e) {
            throw refused("The stream for that page is on a private or local network address, so I didn't open it.");
        } catch (UnknownHostException e) {
            throw new FriendlyException(
                    "I couldn't find the host of the audio stream.", FriendlyException.Severity.SUSPICIOUS, e);
        }
    }

    private static FriendlyException refused(String message) {
        return new FriendlyException(message, FriendlyException.Severity.COMMON, null);
    }
}
