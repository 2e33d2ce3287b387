package dev.musicbot.runtime.audio;

/**
 * Finds stalls in one guild's audio: {@link #MIN_FRAMES} or more 20 ms ticks in a row without a frame while a
 * track that had already sent frames plays (a buffer underrun, not a track still starting). Reports each stall
 * once when it begins and once when it ends, however long it lasts. Used on the audio thread: never allocates.
 */
final class StallDetector {
    /** Ticks without a frame (100 ms) before a gap counts as a stall. */
    static final int MIN_FRAMES = 5;

    /** Told about stalls; both calls run on the audio thread, so they must hand any slow work off. */
    interface Listener {
        void stalled();

        void recovered(long missedFrames);
    }

    private final Listener listener;
    private Object track;
    private long missedInRow;

    StallDetector(Listener listener) {
        this.listener = listener;
    }

    /** A frame of {@code current} went out. */
    void sent(Object current) {
        if (current == track && missedInRow >= MIN_FRAMES) {
            listener.recovered(missedInRow);
        }
        track = current;
        missedInRow = 0;
    }

    /** A tick passed without a frame while {@code current} was playing. */
    void missed(Object current) {
        if (current != track) {
            return; // a track that has not sent a frame yet is starting, not stalled
        }
        missedInRow++;
        if (missedInRow == MIN_FRAMES) {
            listener.stalled();
        }
    }
}
