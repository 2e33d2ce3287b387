/**
 * Running yt-dlp: {@link dev.musicbot.ytdlp.YtDlpSettings}, the {@link dev.musicbot.ytdlp.YtDlp} seam and its
 * process implementation, failure classification, and mapping what it prints to bot tracks and results.
 */
@NullMarked
package dev.musicbot.ytdlp;

import org.jspecify.annotations.NullMarked;
