/** Tracks: what can be played, described by {@link dev.musicbot.api.track.TrackInfo} and located by a {@link dev.musicbot.api.track.PlaybackRef}. */
@NullMarked
package dev.musicbot.api.track;

import org.jspecify.annotations.NullMarked;
