/** SoundCloud links and search through yt-dlp, with ffmpeg for HLS/AAC. */
@NullMarked
package dev.musicbot.plugin.soundcloud;

import org.jspecify.annotations.NullMarked;
