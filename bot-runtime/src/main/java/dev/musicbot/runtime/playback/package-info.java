/** Per-guild players: the queue, the LavaPlayer player, and the voice connection. */
@NullMarked
package dev.musicbot.runtime.playback;

import org.jspecify.annotations.NullMarked;
