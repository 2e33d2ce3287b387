package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.command.Button;
import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain lyrics as a paged embed: pages end at line breaks and stay well below Discord's 4096-character
 * description, with Previous/Next buttons that name the LRCLIB record and the page to show.
 */
final class LyricsPages {
    /** A page's most characters: a screenful, and far below Discord's 4096. */
    static final int PAGE = 1800;

    static final String PREVIOUS = "prev";
    static final String NEXT = "next";
    private static final int COLOR = 0x1DB954;

    private LyricsPages() {}

    /** The text cut into pages at line breaks; a line longer than a page is cut. */
    static List<String> split(String text, int max) {
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            for (String part : pieces(line, max)) {
                if (!page.isEmpty() && page.length() + 1 + part.length() > max) {
                    pages.add(page.toString().strip());
                    page.setLength(0);
                }
                page.append(page.isEmpty() ? "" : "\n").append(part);
            }
        }
        if (!page.toString().isBlank() || pages.isEmpty()) {
            pages.add(page.toString().strip());
        }
        return pages;
    }

    private static List<String> pieces(String line, int max) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < line.length(); i += max) {
            pieces.add(line.substring(i, Math.min(line.length(), i + max)));
        }
        return pieces.isEmpty() ? List.of("") : pieces;
    }

    /**
     * One page as a public reply.
     *
     * @param lyrics the song
     * @param wanted the 0-based page, clamped to the pages there are
     * @param note text above the embed, may be empty
     * @param locale the reader's language
     */
    static Reply page(Lyrics lyrics, int wanted, String note, Locale locale) {
        List<String> pages = split(lyrics.text(), PAGE);
        int page = Math.clamp(wanted, 0, pages.size() - 1);
        Embed embed = new Embed(
                lyrics.heading(),
                pages.get(page).isBlank() ? Messages.text(locale, "gap") : pages.get(page),
                null,
                null,
                List.of(),
                Messages.text(locale, "page.footer", page + 1, pages.size()),
                COLOR);
        Reply reply = new Reply(note, List.of(embed), List.of(), false);
        if (pages.size() == 1) {
            return reply;
        }
        return reply.withButtons(
                new Button(
                        action(PREVIOUS, lyrics.id(), page - 1),
                        Messages.text(locale, "page.previous"),
                        Button.Style.SECONDARY,
                        page == 0),
                new Button(
                        action(NEXT, lyrics.id(), page + 1),
                        Messages.text(locale, "page.next"),
                        Button.Style.SECONDARY,
                        page == pages.size() - 1));
    }

    static String action(String direction, long id, int page) {
        return direction + ":" + id + ":" + Math.max(0, page);
    }
}
