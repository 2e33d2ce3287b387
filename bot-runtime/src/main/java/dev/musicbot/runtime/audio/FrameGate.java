package dev.musicbot.runtime.audio;

import com.sedmelluq.discord.lavaplayer.track.AudioTrack;

/**
 * Decides, frame by frame on JDA's audio thread, what of the playing track reaches Discord: the hook that lets
 * stretches of a track be skipped before a single frame of them is sent. Neither method may block or allocate.
 */
public interface FrameGate {
    /** Lets everything through. */
    FrameGate OPEN = new FrameGate() {
        @Override
        public boolean ready(AudioTrack track) {
            return true;
        }

        @Override
        public boolean drop(AudioTrack track, long timecodeMillis) {
            return false;
        }
    };

    /**
     * Whether frames of the track may be taken now; false holds them back in LavaPlayer's buffer (nothing is lost),
     * for example while it is not yet known which parts of the track to skip.
     *
     * @param track the playing track
     * @return true to take frames
     */
    boolean ready(AudioTrack track);

    /**
     * Whether a frame must not be sent; the gate may start a seek past what it drops.
     *
     * @param track the track the frame belongs to
     * @param timecodeMillis where the frame starts in the track
     * @return true to drop the frame
     */
    boolean drop(AudioTrack track, long timecodeMillis);
}
