package dev.musicbot.runtime.source;

import dev.musicbot.api.track.PlaybackRef;
import dev.musicbot.api.track.Track;
import dev.musicbot.api.track.TrackInfo;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A plain M3U playlist (a list of links, with optional {@code #EXTINF} titles and lengths), as radio sites and
 * self-hosted music servers publish them. HLS media playlists also end in {@code .m3u8} but carry
 * {@code #EXT-X-} tags; those are streams, not lists, and are left to the audio engine.
 */
final class M3uPlaylist {
    private static final Pattern EXTINF = Pattern.compile("#EXTINF:\\s*(-?\\d+(?:\\.\\d+)?)[^,]*,(.*)");
    private static final int MAX_ENTRIES = 1000;

    private M3uPlaylist() {}

    /** Whether a link's path names an M3U file, so its text is worth a look before the audio engine's. */
    static boolean looksLikeOne(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".m3u") || path.endsWith(".m3u8");
    }

    /** The tracks of a plain playlist, in order; empty if the text is an HLS stream playlist. */
    static Optional<List<Track>> parse(URI base, String text) {
        if (text.contains("#EXT-X-")) {
            return Optional.empty();
        }
        List<Track> tracks = new ArrayList<>();
        Matcher pendingInfo = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("#EXTINF:")) {
                Matcher m = EXTINF.matcher(line);
                pendingInfo = m.matches() ? m : null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                entry(base, line, pendingInfo).ifPresent(tracks::add);
                pendingInfo = null;
                if (tracks.size() == MAX_ENTRIES) {
                    break;
                }
            }
        }
        return Optional.of(tracks);
    }

    private static Optional<Track> entry(URI base, String line, @Nullable Matcher info) {
        URI uri;
        try {
            uri = base.resolve(line.replace(" ", "%20"));
        } catch (IllegalArgumentException notALink) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty(); // local files and other schemes are never followed
        }
        String title = info == null || info.group(2).isBlank()
                ? HttpSourceResolver.fileName(uri)
                : info.group(2).strip();
        Duration length = info == null ? Duration.ZERO : seconds(info.group(1));
        return Optional.of(new Track(
                new TrackInfo(title, "", length, uri.toString(), null, null),
                new PlaybackRef.Engine(uri.toString()),
                "http"));
    }

    private static Duration seconds(String value) {
        double seconds = Double.parseDouble(value);
        return seconds > 0 ? Duration.ofMillis((long) (seconds * 1000)) : Duration.ZERO;
    }
}
