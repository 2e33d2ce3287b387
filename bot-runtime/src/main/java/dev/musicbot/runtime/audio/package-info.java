/** The audio engine: one LavaPlayer manager per process, the address guard for HTTP, and the JDA send bridge. */
@NullMarked
package dev.musicbot.runtime.audio;

import org.jspecify.annotations.NullMarked;
