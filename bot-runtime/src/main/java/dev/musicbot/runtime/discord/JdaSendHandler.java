package dev.musicbot.runtime.discord;

import dev.musicbot.runtime.audio.PlayerSendHandler;
import java.nio.ByteBuffer;
import net.dv8tion.jda.api.audio.AudioSendHandler;

/** JDA's side of the audio path: JDA's audio thread asks the player's frames for each 20 ms tick. */
final class JdaSendHandler implements AudioSendHandler {
    private final PlayerSendHandler frames;

    JdaSendHandler(PlayerSendHandler frames) {
        this.frames = frames;
    }

    /** Whether a track was stopped or replaced since the last call: the native queue then drops its packets. */
    boolean takeInterruption() {
        return frames.takeInterruption();
    }

    /** This connection's handler is replaced. */
    void detach() {
        frames.detach();
    }

    @Override
    public boolean canProvide() {
        return frames.canProvide();
    }

    @Override
    public ByteBuffer provide20MsAudio() {
        return frames.provide20MsAudio();
    }

    @Override
    public boolean isOpus() {
        return frames.isOpus();
    }
}
