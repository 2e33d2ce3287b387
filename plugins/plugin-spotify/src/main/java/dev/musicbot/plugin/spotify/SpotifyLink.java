package dev.musicbot.plugin.spotify;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spotify link or URI this plugin understands, parsed from user input without I/O.
 *
 * @param kind what the link points at
 * @param id the Spotify id (22 base-62 characters)
 */
record SpotifyLink(Kind kind, String id) {

    /** The prefix of the internal query that mirrors one Spotify track to YouTube at play time. */
    static final String MIRROR_PREFIX = "spotify-mirror:";

    private static final String ID = "([A-Za-z0-9]{22})";
    private static final String KINDS = "(track|album|playlist|episode|show|artist)";
    private static final Pattern WEB = Pattern.compile("(?i:https?://open\\.spotify\\.com)/"
            + "(?:intl-[a-z]{2}(?:-[a-z0-9]{1,8})?/)?(?:embed/)?"
            + KINDS + "/" + ID + "/?(?:\\?[^#\\s]*)?(?:#\\S*)?");
    private static final Pattern URI = Pattern.compile("spotify:(?:user:[^:\\s]+:)?" + KINDS + ":" + ID);
    private static final Pattern MIRROR = Pattern.compile(Pattern.quote(MIRROR_PREFIX) + ID);

    /** What a link points at. */
    enum Kind {
        TRACK,
        ALBUM,
        PLAYLIST,
        /** A podcast episode or show: recognised, to say clearly that they are not supported. */
        PODCAST,
        /** An artist page: recognised, to say clearly that it is not supported. */
        ARTIST,
        /** The internal query {@code spotify-mirror:<id>}. */
        MIRROR
    }

    /**
     * Parses user input.
     *
     * @param input the trimmed input
     * @return the link, or empty if the input is not a Spotify link this plugin knows
     */
    static Optional<SpotifyLink> parse(String input) {
        Matcher mirror = MIRROR.matcher(input);
        if (mirror.matches()) {
            return Optional.of(new SpotifyLink(Kind.MIRROR, mirror.group(1)));
        }
        Matcher web = WEB.matcher(input);
        if (web.matches()) {
            return Optional.of(new SpotifyLink(kindOf(web.group(1)), web.group(2)));
        }
        Matcher uri = URI.matcher(input);
        if (uri.matches()) {
            return Optional.of(new SpotifyLink(kindOf(uri.group(1)), uri.group(2)));
        }
        return Optional.empty();
    }

    /**
     * The query that mirrors a Spotify track at play time.
     *
     * @param trackId the Spotify track id
     * @return {@code spotify-mirror:<trackId>}
     */
    static String mirrorQuery(String trackId) {
        return MIRROR_PREFIX + trackId;
    }

    private static Kind kindOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "track" -> Kind.TRACK;
            case "album" -> Kind.ALBUM;
            case "playlist" -> Kind.PLAYLIST;
            case "artist" -> Kind.ARTIST;
            default -> Kind.PODCAST;
        };
    }
}
