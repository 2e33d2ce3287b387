package dev.musicbot.plugin.lyrics;

import java.util.regex.Pattern;

/**
 * Derives the song from what a track calls itself. Video titles carry noise that no lyrics database knows
 * ({@code (Official Video)}, {@code [Lyrics]}, {@code ft. Someone}); uploads name the artist in the title
 * ({@code Artist - Title}) and channels add {@code - Topic} or {@code VEVO} to the artist's name.
 */
final class TitleCleanup {
    /** A bracketed part that only describes the upload: (Official Music Video), [Lyrics], (HD), (Remastered 2011)... */
    private static final Pattern NOISE = Pattern.compile(
            "\\s*[(\\[【]([^)\\]】]*\\b(official|video|audio|lyrics?|hd|hq|4k|mv|m/v|visuali[sz]er|remaster(ed)?|"
                    + "explicit|clean|color coded|full version|live)\\b[^)\\]】]*)[)\\]】]",
            Pattern.CASE_INSENSITIVE);
    /** A featured artist, bracketed or not: (feat. X), ft. X, featuring X. */
    private static final Pattern FEATURING = Pattern.compile(
            "\\s*[(\\[]?\\s*\\b(feat\\.?|ft\\.?|featuring)\\s+[^)\\]]*[)\\]]?", Pattern.CASE_INSENSITIVE);
    /** A trailing " - Remastered 2011" or " | Official Video". */
    private static final Pattern TRAILING = Pattern.compile(
            "\\s*[-|–—]\\s*[^-|–—]*\\b(remaster(ed)?|official|lyrics?|video|audio)\\b[^-|–—]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern CHANNEL_SUFFIX =
            Pattern.compile("(\\s*-\\s*topic|vevo|\\s+official)$", Pattern.CASE_INSENSITIVE);

    private TitleCleanup() {}

    /**
     * The song a track is.
     *
     * @param title the track's title
     * @param author the track's artist or channel, empty when unknown
     * @return the cleaned title and artist
     */
    static SongQuery of(String title, String author) {
        String cleaned = clean(title);
        String artist = channel(author);
        String[] parts = SEPARATOR.split(cleaned, 2);
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            // "Artist - Title" names the artist better than the uploading channel does
            return new SongQuery(clean(parts[1]), clean(parts[0]));
        }
        return new SongQuery(cleaned.isBlank() ? title.strip() : cleaned, artist);
    }

    /** What a user typed: "artist - title" or just a title. */
    static SongQuery typed(String query) {
        return of(query, "");
    }

    static String clean(String text) {
        String previous;
        String result = text;
        do {
            previous = result;
            result = NOISE.matcher(result).replaceAll("");
            result = FEATURING.matcher(result).replaceAll("");
            result = TRAILING.matcher(result).replaceAll("");
        } while (!result.equals(previous));
        return result.replaceAll("\\s+", " ").replaceAll("^[\\s\"'“”]+|[\\s\"'“”]+$", "");
    }

    private static String channel(String author) {
        return CHANNEL_SUFFIX.matcher(author.strip()).replaceAll("").strip();
    }
}
