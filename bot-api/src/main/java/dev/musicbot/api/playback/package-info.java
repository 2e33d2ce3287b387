/** Playback as plugins see it: per-guild control, repeat modes and track events. */
@NullMarked
package dev.musicbot.api.playback;

import org.jspecify.annotations.NullMarked;
