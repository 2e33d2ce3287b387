/** /lyrics: plain and synced lyrics from LRCLIB, paged, or live with playback. */
@NullMarked
package dev.musicbot.plugin.lyrics;

import org.jspecify.annotations.NullMarked;
