package dev.musicbot.runtime.audio;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.player.event.AudioEventListener;
import com.sedmelluq.discord.lavaplayer.player.event.TrackEndEvent;
import com.sedmelluq.discord.lavaplayer.track.AudioTrack;
import com.sedmelluq.discord.lavaplayer.track.AudioTrackEndReason;
import com.sedmelluq.discord.lavaplayer.track.playback.MutableAudioFrame;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands LavaPlayer's Opus frames to Discord every 20 ms (through the Discord bridge's send handler, which asks
 * {@link #canProvide} and then {@link #provide20MsAudio}). One reused buffer and frame: nothing is allocated on the
 * audio path, and nothing here blocks. Each 20 ms tick is counted: a frame sent, or a frame missed when a track
 * is playing (not paused) but no frame is ready (a buffer underrun, or a track still starting). While a track
 * plays, the time since the previous tick is reported too (the send loop's lateness), and a run of missed frames
 * after the track had started is reported once as a stall, not once per frame. A {@link FrameGate} may hold frames
 * back or drop them (a skipped segment); a few dropped frames are passed over within one tick. A track stopped or
 * replaced (a stop or a skip, not a track that played to its end) is remembered until {@link #takeInterruption}
 * asks, so that a sender holding packets ahead of time can drop the old track's.
 */
public final class PlayerSendHandler {
    /** How many frames one tick may drop before it gives up (a seek past them is then under way). */
    private static final int MAX_DROPS_PER_TICK = 50;

    private final AudioPlayer player;
    private final FrameGate gate;
    private final FrameCounter frames;
    private final ByteBuffer buffer = ByteBuffer.allocate(1024);
    private final MutableAudioFrame frame = new MutableAudioFrame();
    private final StallDetector stalls;
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final AudioEventListener interruptions = event -> {
        if (event instanceof TrackEndEvent end
                && (end.endReason == AudioTrackEndReason.STOPPED || end.endReason == AudioTrackEndReason.REPLACED)) {
            interrupted.set(true);
        }
    };
    private long previousTick;

    public PlayerSendHandler(AudioPlayer player, FrameCounter frames) {
        this(player, frames, FrameGate.OPEN);
    }

    public PlayerSendHandler(AudioPlayer player, FrameCounter frames, FrameGate gate) {
        this.player = player;
        this.gate = gate;
        this.frames = frames;
        this.stalls = new StallDetector(new StallDetector.Listener() {
            @Override
            public void stalled() {
                frames.stalled();
            }

            @Override
            public void recovered(long missedFrames) {
                frames.recovered(missedFrames);
            }
        });
        frame.setBuffer(buffer);
        player.addListener(interruptions);
    }

    /**
     * Whether a track was stopped or replaced since the last call (and forgets it). Called by the sender before
     * each packet; neither blocks nor allocates.
     */
    public boolean takeInterruption() {
        return interrupted.get() && interrupted.getAndSet(false);
    }

    /** Stops listening to the player: this handler is replaced (the bot joined voice again). */
    public void detach() {
        player.removeListener(interruptions);
    }

    /** Whether a frame is ready for this tick (and counts the tick). */
    public boolean canProvide() {
        long now = System.nanoTime();
        AudioTrack track = player.getPlayingTrack();
        boolean playing = track != null && !player.isPaused();
        if (playing && previousTick != 0) {
            frames.tick(now - previousTick);
        }
        previousTick = playing ? now : 0;
        if (provideThroughGate(track)) {
            frames.sent();
            stalls.sent(player.getPlayingTrack());
            return true;
        }
        if (playing) {
            frames.missed();
            stalls.missed(track);
        }
        return false;
    }

    private boolean provideThroughGate(AudioTrack track) {
        if (track != null && !gate.ready(track)) {
            return false;
        }
        for (int i = 0; i < MAX_DROPS_PER_TICK; i++) {
            if (!player.provide(frame)) {
                return false;
            }
            // the track that gave the frame: a repeat starts its clone within provide()
            AudioTrack source = player.getPlayingTrack();
            if (source == null || !gate.drop(source, frame.getTimecode())) {
                return true;
            }
        }
        return false;
    }

    /** The frame {@link #canProvide} found ready. */
    public ByteBuffer provide20MsAudio() {
        return buffer.flip();
    }

    /** Always: the frames are Opus already. */
    public boolean isOpus() {
        return true;
    }

    /** Counts frames; called on JDA's audio thread every 20 ms, so it must neither block nor allocate. */
    public interface FrameCounter {
        /** Counts nothing. */
        FrameCounter NONE = new FrameCounter() {
            @Override
            public void sent() {}

            @Override
            public void missed() {}
        };

        /** A frame went to Discord. */
        void sent();

        /** A track was playing but no frame was ready. */
        void missed();

        /** A tick while a track played came {@code sincePreviousNanos} after the previous one (20 ms when on time). */
        default void tick(long sincePreviousNanos) {}

        /** Frames stopped coming while a track that had started played; called once per stall. */
        default void stalled() {}

        /** Frames come again after a stall of {@code missedFrames} ticks. */
        default void recovered(long missedFrames) {}
    }
}
