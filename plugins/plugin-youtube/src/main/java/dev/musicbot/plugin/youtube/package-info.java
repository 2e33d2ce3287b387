/** YouTube links, playlists and search through yt-dlp. */
@NullMarked
package dev.musicbot.plugin.youtube;

import org.jspecify.annotations.NullMarked;
