/**
 * One file per guild, written atomically: {@link dev.musicbot.store.GuildFiles} and the
 * {@link dev.musicbot.store.AtomicFileWriter} under it.
 */
@NullMarked
package dev.musicbot.store;

import org.jspecify.annotations.NullMarked;
