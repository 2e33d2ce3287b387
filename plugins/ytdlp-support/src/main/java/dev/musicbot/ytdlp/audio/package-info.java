/**
 * The LavaPlayer side: a source manager for identifiers such as {@code youtube:<page URL>} that runs yt-dlp at
 * play time, and a track that plays the resolved stream directly (LavaPlayer's containers) or through ffmpeg
 * (HLS and anything LavaPlayer cannot read).
 */
@NullMarked
package dev.musicbot.ytdlp.audio;

import org.jspecify.annotations.NullMarked;
