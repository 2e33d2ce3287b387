/** The audio engine: one LavaPlayer manager per process, the address guard for HTTP, and the frame pump Discord's send handler asks every 20 ms. */
@NullMarked
package dev.musicbot.runtime.audio;

import org.jspecify.annotations.NullMarked;
