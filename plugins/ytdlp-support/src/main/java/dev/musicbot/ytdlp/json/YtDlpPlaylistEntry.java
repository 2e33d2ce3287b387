package dev.musicbot.ytdlp.json;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a flat listing: whatever the listing page tells without opening the entry.
 *
 * @param url the entry's page
 * @param id the site's id
 * @param title the title, if the listing shows one
 * @param duration the length in seconds, if the listing shows one
 * @param channel the channel's name
 * @param uploader the uploader's name
 * @param thumbnails thumbnails, smallest first
 */
public record YtDlpPlaylistEntry(
        @Nullable String url,
        @Nullable String id,
        @Nullable String title,
        @Nullable Double duration,
        @Nullable String channel,
        @Nullable String uploader,
        @Nullable List<Thumbnail> thumbnails) {

    /**
     * A thumbnail.
     *
     * @param url its address
     */
    public record Thumbnail(@Nullable String url) {}

    /**
     * The largest thumbnail's address.
     *
     * @return the address, or {@code null}
     */
    public @Nullable String thumbnail() {
        return thumbnails == null || thumbnails.isEmpty()
                ? null
                : thumbnails.getLast().url();
    }
}
