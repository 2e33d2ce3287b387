package dev.musicbot.ytdlp.json;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A playlist, set or search result as {@code yt-dlp -J --flat-playlist} prints it.
 *
 * @param id the playlist's id
 * @param title the playlist's title
 * @param entries the entries in order; entries yt-dlp could not list are left out
 */
public record YtDlpPlaylist(@Nullable String id, @Nullable String title, List<YtDlpPlaylistEntry> entries)
        implements YtDlpOutput {

    /** Drops missing entries and copies the list. */
    public YtDlpPlaylist {
        entries = entries == null
                ? List.of()
                : entries.stream().filter(Objects::nonNull).toList();
    }
}
