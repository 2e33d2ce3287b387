package dev.musicbot.testkit.audio;

/**
 * One RTP audio packet the simulator received, decrypted and decoded.
 *
 * @param index position in arrival order since the recorder was created (starts at 0)
 * @param arrivalNanos {@link System#nanoTime()} when the datagram arrived
 * @param ssrc the RTP synchronisation source
 * @param sequence the RTP sequence number (16 bits)
 * @param timestamp the RTP timestamp (32 bits)
 * @param opusBytes length of the Opus frame
 * @param pcm the decoded audio, 48 kHz, interleaved stereo, 16-bit; do not modify
 */
public record ReceivedPacket(
        long index, long arrivalNanos, long ssrc, int sequence, long timestamp, int opusBytes, short[] pcm) {

    /** Number of decoded samples per channel. */
    public int frames() {
        return pcm.length / ReceivedAudio.CHANNELS;
    }
}
