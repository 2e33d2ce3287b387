/** The playlist commands and the JSON-file playlist store. */
@NullMarked
package dev.musicbot.plugin.playlists;

import org.jspecify.annotations.NullMarked;
