package dev.musicbot.runtime.command;

import dev.musicbot.api.playback.QueuedTrack;
import dev.musicbot.api.track.Track;
import dev.musicbot.runtime.text.Markdown;
import java.time.Duration;
import java.util.Locale;

/** Text formatting shared by the built-in commands. */
final class Format {
    private Format() {}

    /** The track's title in bold, with its length when known. */
    static String title(Track track) {
        Duration length = track.info().length();
        String text = "**" + escape(track.info().title()) + "**";
        return length.isZero() ? text : text + " (" + duration(length) + ")";
    }

    /** Who queued a track: a mention, or "autoplay" (in the reader's language) for what autoplay queued. */
    static String requester(QueuedTrack queued, Locale locale) {
        return queued.byAutoplay()
                ? RuntimeMessages.BUNDLE.text(locale, AutoplayCommand.REQUESTER)
                : "<@" + queued.requester() + ">";
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** Escapes Discord Markdown, mentions and masked links in user-controlled text. */
    static String escape(String text) {
        return Markdown.escape(text);
    }
}
