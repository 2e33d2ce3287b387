package dev.musicbot.ytdlp.json;

/** What one {@code yt-dlp -J} run printed: a single entry or a playlist. */
public sealed interface YtDlpOutput permits YtDlpEntry, YtDlpPlaylist {}
