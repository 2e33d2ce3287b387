package dev.musicbot.plugin.youtube;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Recognises YouTube URLs, with or without a scheme, and canonicalises them. Pure and fast; no I/O. */
final class YouTubeLinks {
    private static final String HOSTS =
            "(?:(?:www\\.|m\\.|music\\.)?youtube\\.com|youtu\\.be|(?:www\\.)?youtube-nocookie\\.com)";
    private static final Pattern HOST = Pattern.compile(HOSTS, Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEMELESS = Pattern.compile("^" + HOSTS + "(?:[/?#]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern LIST_ID = Pattern.compile("[A-Za-z0-9_-]{2,80}");
    private static final Pattern PATH_VIDEO =
            Pattern.compile("^/(?:shorts|live|embed|v|e)/([A-Za-z0-9_-]{11})/?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_PATH = Pattern.compile("^/([A-Za-z0-9_-]{11})/?$");

    private YouTubeLinks() {}

    /**
     * What the input points at, if it is a YouTube URL.
     *
     * @param input a URL ({@code https://…}, {@code http://…}, or scheme-less such as {@code youtu.be/…})
     * @return the link, or empty if the input is not on a YouTube host
     */
    static Optional<YouTubeLink> parse(String input) {
        URI uri = toUri(input.strip());
        if (uri == null || uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        Map<String, String> query = query(uri.getRawQuery());
        if (uri.getHost().equalsIgnoreCase("youtu.be")) {
            Matcher id = SHORT_PATH.matcher(path);
            return Optional.of(id.matches() ? new YouTubeLink.Video(id.group(1)) : new YouTubeLink.Other());
        }
        return Optional.of(onYouTube(path, query));
    }

    /**
     * The canonical page of a video URL, rebuilt from the parsed id (nothing of the input survives but the id).
     *
     * @param url a page URL
     * @return {@code https://www.youtube.com/watch?v=<id>} for videos; empty for anything else, including other
     *     sites' pages (a listing may name them) and identifiers that are not web addresses
     */
    static Optional<String> videoPage(String url) {
        return parse(url).filter(YouTubeLink.Video.class::isInstance).map(link -> ((YouTubeLink.Video) link).page());
    }

    private static YouTubeLink onYouTube(String path, Map<String, String> query) {
        String v = query.get("v");
        String list = query.get("list");
        Matcher pathVideo = PATH_VIDEO.matcher(path);
        boolean listPage = path.equalsIgnoreCase("/playlist") || path.equalsIgnoreCase("/embed/videoseries");
        if (!listPage
                && path.equalsIgnoreCase("/watch")
                && v != null
                && VIDEO_ID.matcher(v).matches()) {
            return new YouTubeLink.Video(v);
        }
        if (!listPage && pathVideo.matches()) {
            return new YouTubeLink.Video(pathVideo.group(1));
        }
        boolean canList = listPage || path.equalsIgnoreCase("/watch");
        if (canList && list != null && LIST_ID.matcher(list).matches()) {
            return new YouTubeLink.Playlist(list);
        }
        return new YouTubeLink.Other();
    }

    private static @Nullable URI toUri(String input) {
        String candidate =
                SCHEME.matcher(input).find() ? input : SCHEMELESS.matcher(input).find() ? "https://" + input : null;
        if (candidate == null) {
            return null;
        }
        try {
            return URI.create(candidate);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static Map<String, String> query(@Nullable String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).toLowerCase(Locale.ROOT);
                params.putIfAbsent(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
