package dev.musicbot.api.playback;

/** What happens when a track ends. */
public enum RepeatMode {
    /** Play on through the queue and stop at its end. */
    OFF,
    /** Play the current track again. */
    TRACK,
    /** Play on, and start again from the first track after the last. */
    QUEUE
}
