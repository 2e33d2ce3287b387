package dev.musicbot.ytdlp;

import dev.musicbot.api.text.MessageBundle;
import dev.musicbot.api.text.Text;

/** The texts of the yt-dlp sources: {@code messages.properties} in this package, and its translations. */
final class YtDlpTexts {
    static final MessageBundle BUNDLE = MessageBundle.of(YtDlpTexts.class);

    private YtDlpTexts() {}

    static Text key(String key, Object... args) {
        return BUNDLE.key(key, args);
    }
}
