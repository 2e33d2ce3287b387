package dev.musicbot.ytdlp.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A podcast-style RSS feed: yt-dlp's generic extractor lists it as a playlist ({@code --flat-playlist -J})
 * with each item's title, duration and enclosure URL, which makes loopback playlists and search results.
 */
public final class RssFeed {
    private RssFeed() {}

    /**
     * One item.
     *
     * @param title its title, or {@code null} for none
     * @param enclosure the audio file
     * @param duration its length, or {@code null} for none
     */
    public record Item(
            @Nullable String title, URI enclosure, @Nullable Duration duration) {}

    /**
     * The feed's bytes.
     *
     * @param title the feed's title (the playlist's name)
     * @param items the items in order
     * @return UTF-8 XML
     */
    public static byte[] of(String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
                <channel><title>%s</title><link>http://127.0.0.1/</link><description>test feed</description>
                """.formatted(escape(title)));
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            xml.append("<item>");
            if (item.title() != null) {
                xml.append("<title>").append(escape(item.title())).append("</title>");
            }
            xml.append("<enclosure url=\"")
                    .append(escape(item.enclosure().toString()))
                    .append("\" type=\"audio/webm\" length=\"1000\"/>");
            if (item.duration() != null) {
                xml.append("<itunes:duration>")
                        .append(item.duration().toSeconds())
                        .append("</itunes:duration>");
            }
            xml.append("<guid>item-").append(i + 1).append("</guid></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
