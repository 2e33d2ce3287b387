package dev.musicbot.plugin.playlists;

import java.time.Duration;

/** Text formatting for the playlist commands. */
final class Text {
    private Text() {}

    /**
     * Escapes Discord Markdown, mentions ({@code @everyone}, {@code <@&role>}) and masked links ({@code [x](y)})
     * in user-controlled text, with a backslash before each such character.
     */
    static String escape(String text) {
        return text.replaceAll("([*_`~|>@<\\[\\]\\\\])", "\\\\$1");
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    static String songs(int n) {
        return n + (n == 1 ? " song" : " songs");
    }
}
