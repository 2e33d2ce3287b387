/**
 * The PostgreSQL {@link dev.musicbot.api.storage.PlaylistStore}: one transaction per write, serialised per guild
 * by a transaction-scoped advisory lock.
 */
@NullMarked
package dev.musicbot.plugin.playlists.jdbc;

import org.jspecify.annotations.NullMarked;
