/** Persistence: playlists ({@link dev.musicbot.api.storage.PlaylistStore}) and guild state ({@link dev.musicbot.api.storage.GuildStateStore}). */
@NullMarked
package dev.musicbot.api.storage;

import org.jspecify.annotations.NullMarked;
