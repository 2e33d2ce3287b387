/**
 * Per-guild state that survives a restart: settings (volume, repeat, 24/7, DJ role) and a snapshot of the
 * queue to resume. {@link dev.musicbot.runtime.state.GuildStateStore} is the seam; {@link
 * dev.musicbot.runtime.state.JsonFileGuildStateStore} keeps one JSON file per guild, written atomically.
 */
@NullMarked
package dev.musicbot.runtime.state;

import org.jspecify.annotations.NullMarked;
