package dev.musicbot.ytdlp;

import dev.musicbot.api.UserFacingException;
import dev.musicbot.ytdlp.json.YtDlpEntry;
import dev.musicbot.ytdlp.json.YtDlpOutput;

/**
 * What the bot asks of yt-dlp. Both calls block (one process run each, usually one to three seconds) and
 * fail only with a {@link UserFacingException} whose message fits the user. Implementations are thread-safe.
 */
public interface YtDlp {

    /**
     * Lists a page or search without opening each entry ({@code --flat-playlist}): metadata only.
     *
     * @param target a page URL, or a search key such as {@code ytsearch5:some words}
     * @return a single entry, or a playlist of flat entries
     * @throws UserFacingException if yt-dlp fails, is missing, or times out
     */
    YtDlpOutput list(String target);

    /**
     * Like {@link #list(String)}, but stops after the first entries ({@code --playlist-end}): for listings that are
     * long or endless, such as a YouTube mix.
     *
     * @param target a page URL
     * @param maxEntries the most entries to list, at least 1
     * @return a single entry, or a playlist of at most {@code maxEntries} flat entries
     * @throws UserFacingException if yt-dlp fails, is missing, or times out
     */
    default YtDlpOutput list(String target, int maxEntries) {
        return list(target);
    }

    /**
     * Resolves one page to a playable stream, at play time ({@code -f <format> --no-playlist}).
     *
     * @param pageUrl the page
     * @param format a yt-dlp format selector such as {@code bestaudio/best}
     * @return the entry with the selected format's {@code url}, {@code protocol} and {@code http_headers}
     * @throws UserFacingException if yt-dlp fails, is missing, times out, or gives no stream
     */
    YtDlpEntry resolveStream(String pageUrl, String format);
}
