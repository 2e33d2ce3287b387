/** Spotify track, album and playlist links, mirrored to YouTube at play time. */
@NullMarked
package dev.musicbot.plugin.spotify;

import org.jspecify.annotations.NullMarked;
