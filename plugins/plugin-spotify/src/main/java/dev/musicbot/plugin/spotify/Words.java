package dev.musicbot.plugin.spotify;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for matching titles and artists: case, accents, punctuation and credits. */
final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKETED_CREDIT =
            Pattern.compile("(?i)[(\\[]\\s*(?:feat|ft|featuring|with|prod)\\b[^)\\]]*[)\\]]");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("(?i)\\s(?:feat|ft|featuring)\\.?\\s.*$");
    private static final Pattern REMASTER_NOTE =
            Pattern.compile("(?i)\\s-\\s[^-]*remaster[^-]*$|[(\\[][^)\\]]*remaster[^)\\]]*[)\\]]");

    private Words() {}

    /**
     * Lower case, without accents, apostrophes or punctuation, words separated by single spaces.
     *
     * @param text any text
     * @return the normalised text
     */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain =
                APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The normalised words of a text.
     *
     * @param text any text
     * @return its words, possibly none
     */
    static List<String> tokens(String text) {
        String normal = normalise(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /**
     * The normalised text without spaces ("The Weeknd" and "TheWeekndVEVO" both contain "theweeknd").
     *
     * @param text any text
     * @return the compact form
     */
    static String compact(String text) {
        return normalise(text).replace(" ", "");
    }

    /**
     * A Spotify title without its credits and remaster notes: "Song (feat. X) - 2011 Remaster" is "Song".
     *
     * @param title a Spotify track title
     * @return the bare title
     */
    static String bareTitle(String title) {
        String withoutNotes = REMASTER_NOTE.matcher(title).replaceAll("");
        return TRAILING_CREDIT
                .matcher(BRACKETED_CREDIT.matcher(withoutNotes).replaceAll(""))
                .replaceAll("");
    }

    /**
     * An upload's title without bracketed credits: "Song (feat. X) [Official Video]" keeps "[Official Video]".
     *
     * @param title a video title
     * @return the title without bracketed credits
     */
    static String withoutBracketedCredits(String title) {
        return BRACKETED_CREDIT.matcher(title).replaceAll("");
    }
}
