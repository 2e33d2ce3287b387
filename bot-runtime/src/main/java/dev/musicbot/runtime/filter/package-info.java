/**
 * Sound effects as pure-Java PCM filters in LavaPlayer's filter chain (so they run on every platform): the
 * presets of {@link dev.musicbot.api.playback.FilterPreset}, written from the textbook algorithms, and
 * LavaPlayer's own 15-band equalizer.
 */
@NullMarked
package dev.musicbot.runtime.filter;

import org.jspecify.annotations.NullMarked;
