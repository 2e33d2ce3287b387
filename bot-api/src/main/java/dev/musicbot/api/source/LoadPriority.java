package dev.musicbot.api.source;

/**
 * How urgently a {@link TrackLoader#submit queued} resolution runs. Interactive commands outrank background
 * loading; equal priorities run in submission order.
 */
public enum LoadPriority {
    /** Background work that nobody waits for (the tail of a long playlist). */
    LOW,
    /** The default for plugin work. */
    NORMAL,
    /** Work a listener waits for soon (the first songs of a playlist). */
    HIGH,
    /** A member is waiting for the reply right now ({@code /play}). */
    URGENT
}
