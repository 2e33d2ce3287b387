/**
 * The JSON-file {@link dev.musicbot.api.storage.PlaylistStore}: one file per guild, named by the guild id only,
 * replaced atomically and durably on every write.
 */
@NullMarked
package dev.musicbot.plugin.playlists.store;

import org.jspecify.annotations.NullMarked;
