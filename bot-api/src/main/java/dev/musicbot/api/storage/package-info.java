/** Playlist persistence. */
@NullMarked
package dev.musicbot.api.storage;

import org.jspecify.annotations.NullMarked;
