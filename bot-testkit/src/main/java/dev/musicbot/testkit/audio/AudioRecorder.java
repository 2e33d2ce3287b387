package dev.musicbot.testkit.audio;

import dev.musicbot.testkit.support.Signal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects decoded audio packets as they arrive (thread-safe) and lets tests wait for audio or silence.
 *
 * <p>A recorder outlives individual voice connections, so audio across reconnects lands in one timeline.
 */
public final class AudioRecorder {
    private final Signal signal = new Signal();
    private final List<ReceivedPacket> packets = new ArrayList<>();
    private final long createdNanos = System.nanoTime();

    /** Appends a packet; {@code index} is assigned here, in arrival order. */
    public void record(long arrivalNanos, long ssrc, int sequence, long timestamp, int opusBytes, short[] pcm) {
        synchronized (this) {
            packets.add(new ReceivedPacket(packets.size(), arrivalNanos, ssrc, sequence, timestamp, opusBytes, pcm));
        }
        signal.fire();
    }

    /** A mark at "now": snapshots can be narrowed to what arrives after it. */
    public synchronized AudioMark mark() {
        return new AudioMark(System.nanoTime(), packets.size());
    }

    /** Everything received so far; the window runs from the recorder's creation to now. */
    public ReceivedAudio snapshot() {
        List<ReceivedPacket> copy;
        synchronized (this) {
            copy = List.copyOf(packets);
        }
        return new ReceivedAudio(copy, createdNanos, System.nanoTime());
    }

    /** Waits until at least {@code audio} of decoded audio was received in total. */
    public ReceivedAudio awaitAudio(Duration audio, Duration timeout) {
        return awaitAudioAfter(new AudioMark(createdNanos, 0), audio, timeout);
    }

    /** Waits until at least {@code audio} of decoded audio arrived after the mark, and returns just that. */
    public ReceivedAudio awaitAudioAfter(AudioMark mark, Duration audio, Duration timeout) {
        double wanted = audio.toNanos() / 1e9;
        return signal.await(
                () -> Optional.of(snapshot().since(mark)).filter(a -> a.seconds() >= wanted),
                timeout,
                () -> wanted + " s of audio; got " + snapshot().since(mark));
    }

    /**
     * Waits until the last {@code quietFor} of wall time was silent: either no packets arrived or their level
     * stayed below {@code thresholdDbfs}. Returns that quiet window.
     */
    public ReceivedAudio awaitSilence(Duration quietFor, double thresholdDbfs, Duration timeout) {
        return signal.await(
                () -> {
                    ReceivedAudio window = snapshot().last(quietFor);
                    boolean covered = window.window().compareTo(quietFor) >= 0;
                    return covered && window.isSilent(thresholdDbfs) ? Optional.of(window) : Optional.empty();
                },
                timeout,
                () -> quietFor + " of silence below " + thresholdDbfs + " dBFS; last window was "
                        + snapshot().last(quietFor));
    }
}
