package dev.musicbot.plugin.soundcloud;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Recognises SoundCloud URLs, with or without a scheme, and canonicalises them. Pure and fast; no I/O. */
final class SoundCloudLinks {
    private static final String HOSTS = "(?:(?:www\\.|m\\.)?soundcloud\\.com|on\\.soundcloud\\.com)";
    private static final Pattern HOST = Pattern.compile(HOSTS, Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEMELESS = Pattern.compile("^" + HOSTS + "(?:[/?#]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "[A-Za-z0-9_-]+";
    private static final String SECRET = "(?:/s-[A-Za-z0-9]+)?";
    private static final Pattern SET = Pattern.compile("^/(" + NAME + ")/sets/(" + NAME + ")(" + SECRET + ")/?$");
    private static final Pattern TRACK = Pattern.compile("^/(" + NAME + ")/(" + NAME + ")(" + SECRET + ")/?$");
    private static final Pattern API_TRACK = Pattern.compile("^/tracks/(\\d{1,20})/?$");
    private static final Pattern SECRET_TOKEN = Pattern.compile("(?:^|&)secret_token=(s-[A-Za-z0-9]{1,40})(?:&|$)");
    private static final Pattern SHORT = Pattern.compile("^/(" + NAME + ")/?$");
    private static final java.util.Set<String> NOT_USERS = java.util.Set.of(
            "discover",
            "search",
            "stream",
            "you",
            "upload",
            "charts",
            "pages",
            "settings",
            "messages",
            "notifications",
            "people",
            "tags",
            "stations",
            "feed",
            "terms-of-use",
            "imprint",
            "mobile");
    private static final java.util.Set<String> PROFILE_PAGES = java.util.Set.of(
            "tracks",
            "sets",
            "albums",
            "likes",
            "reposts",
            "popular-tracks",
            "toptracks",
            "followers",
            "following",
            "comments",
            "spotlight");

    private SoundCloudLinks() {}

    /**
     * What the input points at, if it is a SoundCloud URL.
     *
     * @param input a URL, with or without {@code https://}
     * @return the link, or empty if the input is not on a SoundCloud host
     */
    static Optional<SoundCloudLink> parse(String input) {
        URI uri = toUri(input.strip());
        if (uri == null || uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getHost().equalsIgnoreCase("on.soundcloud.com")) {
            Matcher code = SHORT.matcher(path);
            return Optional.of(
                    code.matches()
                            ? new SoundCloudLink.Short("https://on.soundcloud.com/" + code.group(1))
                            : new SoundCloudLink.Other());
        }
        return Optional.of(onSoundCloud(path));
    }

    /**
     * The canonical page of a track URL, rebuilt from its parsed parts: a track page on {@code soundcloud.com},
     * or the API address of a track ({@code https://api.soundcloud.com/tracks/<id>}, with its secret token),
     * which is how yt-dlp lists the entries of a set.
     *
     * @param url a page URL
     * @return the canonical track page; empty for anything else, including other sites' pages and identifiers
     *     that are not web addresses
     */
    static Optional<String> trackPage(String url) {
        Optional<SoundCloudLink> link = parse(url);
        if (link.isPresent()) {
            return link.filter(SoundCloudLink.Track.class::isInstance).map(l -> ((SoundCloudLink.Track) l).page());
        }
        URI uri = SCHEME.matcher(url.strip()).find() ? toUri(url.strip()) : null;
        if (uri == null || uri.getHost() == null || !uri.getHost().equalsIgnoreCase("api.soundcloud.com")) {
            return Optional.empty();
        }
        Matcher track = API_TRACK.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!track.matches()) {
            return Optional.empty();
        }
        Matcher secret = SECRET_TOKEN.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        String query = secret.find() ? "?secret_token=" + secret.group(1) : "";
        return Optional.of("https://api.soundcloud.com/tracks/" + track.group(1) + query);
    }

    private static SoundCloudLink onSoundCloud(String path) {
        Matcher set = SET.matcher(path);
        if (set.matches() && isUser(set.group(1))) {
            return new SoundCloudLink.Set(page(set.group(1) + "/sets/" + set.group(2) + set.group(3)));
        }
        Matcher track = TRACK.matcher(path);
        if (track.matches() && isUser(track.group(1)) && !PROFILE_PAGES.contains(lower(track.group(2)))) {
            return new SoundCloudLink.Track(page(track.group(1) + "/" + track.group(2) + track.group(3)));
        }
        return new SoundCloudLink.Other();
    }

    private static boolean isUser(String name) {
        return !NOT_USERS.contains(lower(name));
    }

    private static String page(String path) {
        return "https://soundcloud.com/" + path;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
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
}
