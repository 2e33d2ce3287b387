/**
 * The PostgreSQL stores: {@link dev.musicbot.api.storage.PlaylistStore} and {@link
 * dev.musicbot.api.storage.GuildStateStore} in one database with one versioned schema, migrated at start-up under
 * an advisory lock; one transaction per write, serialised per guild by a transaction-scoped advisory lock.
 */
@NullMarked
package dev.musicbot.plugin.playlists.jdbc;

import org.jspecify.annotations.NullMarked;
