package dev.musicbot.plugin.lyrics;

import dev.musicbot.api.command.Embed;
import dev.musicbot.api.command.Reply;
import java.util.List;
import java.util.Locale;

/** What the live message shows: the line sung now in bold, with a few lines before and after it. */
final class LiveView {
    static final int BEFORE = 2;
    static final int AFTER = 3;
    private static final int COLOR = 0x5865F2;

    private LiveView() {}

    /**
     * The message while a line is sung.
     *
     * @param lyrics the song, with synced lines
     * @param line the index of the line sung now, -1 before the first
     * @param locale the reader's language
     */
    static Reply at(Lyrics lyrics, int line, Locale locale) {
        List<LrcLine> lines = lyrics.synced();
        int from = Math.max(0, line - BEFORE);
        int to = Math.min(lines.size(), Math.max(line, 0) + AFTER + 1);
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String words = lines.get(i).text().isBlank()
                    ? Messages.text(locale, "gap")
                    : lines.get(i).text();
            text.append(i == line ? "▶ **" + words + "**" : words).append('\n');
        }
        return card(lyrics, text.toString().strip(), locale);
    }

    /** The message once the song has ended. */
    static Reply ended(Lyrics lyrics, Locale locale) {
        return card(lyrics, Messages.text(locale, "live.ended"), locale);
    }

    private static Reply card(Lyrics lyrics, String description, Locale locale) {
        return Reply.of(new Embed(
                Messages.text(locale, "live.title", lyrics.heading()),
                description,
                null,
                null,
                List.of(),
                Messages.text(locale, "live.footer"),
                COLOR));
    }
}
