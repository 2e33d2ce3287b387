/** The part of yt-dlp's {@code -J} output the bot reads, as records. */
@NullMarked
package dev.musicbot.ytdlp.json;

import org.jspecify.annotations.NullMarked;
