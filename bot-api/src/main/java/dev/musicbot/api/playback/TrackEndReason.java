package dev.musicbot.api.playback;

/** Why a track stopped playing. */
public enum TrackEndReason {
    /** It played to the end. */
    FINISHED(true),
    /** It failed to load or broke while playing. */
    FAILED(true),
    /** A user skipped it. */
    SKIPPED(true),
    /** Playback was stopped (queue cleared or the bot left). */
    STOPPED(false),
    /** Another track replaced it directly. */
    REPLACED(false);

    private final boolean mayStartNext;

    TrackEndReason(boolean mayStartNext) {
        this.mayStartNext = mayStartNext;
    }

    /**
     * Whether the queue should advance after this end.
     *
     * @return true if the next track may start
     */
    public boolean mayStartNext() {
        return mayStartNext;
    }
}
