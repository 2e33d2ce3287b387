package dev.musicbot.runtime.audio;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import com.sedmelluq.discord.lavaplayer.track.playback.MutableAudioFrame;
import java.nio.ByteBuffer;
import net.dv8tion.jda.api.audio.AudioSendHandler;

/**
 * Hands LavaPlayer's Opus frames to JDA every 20 ms. One reused buffer and frame: nothing is allocated on the
 * audio path, and nothing here blocks. Each 20 ms tick is counted: a frame sent, or a frame missed when a track
 * is playing (not paused) but no frame is ready (a buffer underrun, or a track still starting).
 */
public final class PlayerSendHandler implements AudioSendHandler {
    private final AudioPlayer player;
    private final FrameCounter frames;
    private final ByteBuffer buffer = ByteBuffer.allocate(1024);
    private final MutableAudioFrame frame = new MutableAudioFrame();

    public PlayerSendHandler(AudioPlayer player, FrameCounter frames) {
        this.player = player;
        this.frames = frames;
        frame.setBuffer(buffer);
    }

    @Override
    public boolean canProvide() {
        if (player.provide(frame)) {
            frames.sent();
            return true;
        }
        if (player.getPlayingTrack() != null && !player.isPaused()) {
            frames.missed();
        }
        return false;
    }

    @Override
    public ByteBuffer provide20MsAudio() {
        return buffer.flip();
    }

    @Override
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
    }
}
