/**
 * Per-guild players: the queue, the LavaPlayer player and what plays next, free of JDA: Discord is reached through
 * the ports this package owns ({@link dev.musicbot.runtime.playback.DiscordSession}, {@link
 * dev.musicbot.runtime.playback.VoiceLink}, {@link dev.musicbot.runtime.playback.Announcer}).
 */
@NullMarked
package dev.musicbot.runtime.playback;

import org.jspecify.annotations.NullMarked;
