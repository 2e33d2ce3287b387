/**
 * Per-guild state that survives a restart: settings (volume, repeat, 24/7, DJ role) and a snapshot of the
 * queue to resume. {@link dev.musicbot.runtime.state.GuildStates} owns the format and keeps the documents in a
 * {@link dev.musicbot.api.storage.GuildStateStore}; {@link dev.musicbot.runtime.state.JsonFileGuildStateStore}
 * (the default) keeps one JSON file per guild, written atomically.
 */
@NullMarked
package dev.musicbot.runtime.state;

import org.jspecify.annotations.NullMarked;
