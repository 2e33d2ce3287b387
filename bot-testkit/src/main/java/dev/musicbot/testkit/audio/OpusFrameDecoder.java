package dev.musicbot.testkit.audio;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.util.Arrays;

/** Decodes Opus frames to 48 kHz interleaved stereo PCM with the pure-Java Concentus decoder. Not thread-safe. */
public final class OpusFrameDecoder {
    /** The longest Opus frame is 120 ms: 5760 samples per channel at 48 kHz. */
    private static final int MAX_FRAME = 5760;

    private final OpusDecoder decoder;
    private final short[] buffer = new short[MAX_FRAME * ReceivedAudio.CHANNELS];

    /** Creates a decoder for 48 kHz stereo. */
    public OpusFrameDecoder() {
        try {
            decoder = new OpusDecoder(ReceivedAudio.SAMPLE_RATE, ReceivedAudio.CHANNELS);
        } catch (OpusException e) {
            throw new IllegalStateException("Cannot create an Opus decoder", e);
        }
    }

    /**
     * Decodes one frame.
     *
     * @return interleaved stereo samples
     * @throws IllegalArgumentException if the data is not a valid Opus packet
     */
    public short[] decode(byte[] frame) {
        if (frame.length == 0) {
            // Concentus would run packet-loss concealment; an empty payload is not audio the client sent.
            throw new IllegalArgumentException("Empty Opus frame");
        }
        try {
            int frames = decoder.decode(frame, 0, frame.length, buffer, 0, MAX_FRAME, false);
            return Arrays.copyOf(buffer, frames * ReceivedAudio.CHANNELS);
        } catch (OpusException | RuntimeException e) {
            throw new IllegalArgumentException("Invalid Opus frame of " + frame.length + " bytes", e);
        }
    }
}
