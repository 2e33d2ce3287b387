package dev.musicbot.plugin.youtube;

/** What a YouTube URL points at. */
sealed interface YouTubeLink {

    /**
     * A video (watch, shorts, live, embed, youtu.be), even when the URL also names a playlist.
     *
     * @param id the 11-character video id
     */
    record Video(String id) implements YouTubeLink {
        /** The canonical page: {@code https://www.youtube.com/watch?v=<id>}. */
        String page() {
            return "https://www.youtube.com/watch?v=" + id;
        }
    }

    /**
     * A playlist.
     *
     * @param id the playlist id
     */
    record Playlist(String id) implements YouTubeLink {
        /** The canonical page: {@code https://www.youtube.com/playlist?list=<id>}. */
        String page() {
            return "https://www.youtube.com/playlist?list=" + id;
        }
    }

    /** Some other YouTube page (a channel, the home page): not playable. */
    record Other() implements YouTubeLink {}
}
