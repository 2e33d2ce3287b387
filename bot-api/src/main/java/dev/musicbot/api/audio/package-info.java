/** Incubating: the audio engine SPI, the only package where LavaPlayer types appear. */
@NullMarked
package dev.musicbot.api.audio;

import org.jspecify.annotations.NullMarked;
