package dev.musicbot.testkit.jda;

import java.nio.ByteBuffer;
import net.dv8tion.jda.api.audio.AudioSendHandler;

/** An {@link AudioSendHandler} that plays a sine as PCM until paused. */
final class SineSendHandler implements AudioSendHandler {
    private final SinePcm sine;
    private volatile boolean playing = true;

    SineSendHandler(double frequency) {
        this.sine = new SinePcm(frequency, 0.5);
    }

    void pause() {
        playing = false;
    }

    void resume() {
        playing = true;
    }

    @Override
    public boolean canProvide() {
        return playing;
    }

    @Override
    public ByteBuffer provide20MsAudio() {
        return sine.nextFrame();
    }

    @Override
    public boolean isOpus() {
        return false;
    }
}
