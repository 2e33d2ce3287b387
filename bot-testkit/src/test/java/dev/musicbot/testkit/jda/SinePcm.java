package dev.musicbot.testkit.jda;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** 20 ms frames of a stereo sine in JDA's PCM input format: 48 kHz, 16-bit, big-endian. */
final class SinePcm {
    static final int FRAME_SAMPLES = 960;

    private final double frequency;
    private final double amplitude;
    private long sample;

    SinePcm(double frequency, double amplitude) {
        this.frequency = frequency;
        this.amplitude = amplitude;
    }

    ByteBuffer nextFrame() {
        ByteBuffer frame = ByteBuffer.allocate(FRAME_SAMPLES * 4).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < FRAME_SAMPLES; i++, sample++) {
            short value = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * frequency * sample / 48_000.0));
            frame.putShort(value).putShort(value);
        }
        return frame.flip();
    }
}
