package dev.musicbot.plugin.playlists;

import dev.musicbot.api.text.MessageBundle;
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

    /** The plugin's texts: {@code messages.properties} in this package, and its translations. */
    static final MessageBundle BUNDLE = MessageBundle.of(Text.class);

    /** A text of the plugin's bundle, resolved later in the reader's language. */
    static dev.musicbot.api.text.Text key(String key, Object... args) {
        return BUNDLE.key(key, args);
    }

    /** "1 song", "3 songs", in the reader's language. */
    static dev.musicbot.api.text.Text songs(int n) {
        return key("songs", n);
    }
}
