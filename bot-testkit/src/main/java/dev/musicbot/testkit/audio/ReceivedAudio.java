package dev.musicbot.testkit.audio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable snapshot of the audio a bot sent during a time window, with its measurements.
 *
 * <p>The window matters for silence: when the bot sends nothing at all, a window with no packets is silent
 * ({@link #dbfs()} is {@code -Infinity}). Narrow a snapshot with {@link #since(AudioMark)}, {@link #last(Duration)}
 * or {@link #lastAudio(Duration)}.
 */
public final class ReceivedAudio {
    /** Sample rate of the decoded PCM. */
    public static final int SAMPLE_RATE = 48_000;
    /** Channels of the decoded PCM (interleaved). */
    public static final int CHANNELS = 2;
    /** The default threshold for {@link #isSilent()}. */
    public static final double DEFAULT_SILENCE_DBFS = -50;

    private final List<ReceivedPacket> packets;
    private final long startNanos;
    private final long endNanos;

    /**
     * Creates a snapshot.
     *
     * @param packets packets in arrival order
     * @param startNanos start of the window ({@link System#nanoTime()})
     * @param endNanos end of the window
     */
    public ReceivedAudio(List<ReceivedPacket> packets, long startNanos, long endNanos) {
        this.packets = List.copyOf(packets);
        this.startNanos = startNanos;
        this.endNanos = Math.max(startNanos, endNanos);
    }

    /** The packets in arrival order. */
    public List<ReceivedPacket> packets() {
        return packets;
    }

    /** Number of packets. */
    public int packetCount() {
        return packets.size();
    }

    /** Length of the window this snapshot covers. */
    public Duration window() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    /** Seconds of decoded audio (samples per channel / 48000). */
    public double seconds() {
        long frames = 0;
        for (ReceivedPacket p : packets) {
            frames += p.frames();
        }
        return frames / (double) SAMPLE_RATE;
    }

    /** All decoded PCM, interleaved stereo, concatenated in arrival order. */
    public short[] pcm() {
        int total = packets.stream().mapToInt(p -> p.pcm().length).sum();
        short[] pcm = new short[total];
        int offset = 0;
        for (ReceivedPacket p : packets) {
            System.arraycopy(p.pcm(), 0, pcm, offset, p.pcm().length);
            offset += p.pcm().length;
        }
        return pcm;
    }

    /** The decoded audio mixed to mono, scaled to [-1, 1]. */
    public double[] mono() {
        return AudioAnalysis.mono(pcm(), CHANNELS);
    }

    /** One channel of the decoded audio (0 left, 1 right), scaled to [-1, 1]. */
    public double[] channel(int index) {
        return AudioAnalysis.channel(pcm(), CHANNELS, index);
    }

    /** The peak amplitude of the component at {@code frequencyHz} in the mono mix (see {@link AudioAnalysis#amplitudeAt}). */
    public double amplitudeAt(double frequencyHz) {
        return AudioAnalysis.amplitudeAt(mono(), SAMPLE_RATE, frequencyHz);
    }

    /** The frequency with the most energy in Hz, or 0 if there is (almost) no audio. */
    public double dominantFrequency() {
        return AudioAnalysis.dominantFrequency(mono(), SAMPLE_RATE);
    }

    /** RMS level relative to full scale; 0 when there are no packets. */
    public double rms() {
        return AudioAnalysis.rms(pcm());
    }

    /** RMS level in dBFS (a full-scale sine is about -3); {@code -Infinity} when nothing was received. */
    public double dbfs() {
        return AudioAnalysis.dbfs(rms());
    }

    /** Peak level in dBFS. */
    public double peakDbfs() {
        return AudioAnalysis.dbfs(AudioAnalysis.peak(pcm()));
    }

    /** Whether the RMS level is below the threshold; true when no packets arrived in the window. */
    public boolean isSilent(double thresholdDbfs) {
        return dbfs() < thresholdDbfs;
    }

    /** {@link #isSilent(double)} at {@value #DEFAULT_SILENCE_DBFS} dBFS. */
    public boolean isSilent() {
        return isSilent(DEFAULT_SILENCE_DBFS);
    }

    /** Packet cadence while sending: (packets - 1) / (last arrival - first arrival); 0 for fewer than two. */
    public double packetsPerSecond() {
        if (packets.size() < 2) {
            return 0;
        }
        long span = packets.getLast().arrivalNanos() - packets.getFirst().arrivalNanos();
        return span <= 0 ? 0 : (packets.size() - 1) * 1e9 / span;
    }

    /** Times between consecutive packet arrivals, in milliseconds. */
    public Percentiles interArrivalMillis() {
        if (packets.size() < 2) {
            return Percentiles.EMPTY;
        }
        double[] gaps = new double[packets.size() - 1];
        for (int i = 1; i < packets.size(); i++) {
            gaps[i - 1] = (packets.get(i).arrivalNanos() - packets.get(i - 1).arrivalNanos()) / 1e6;
        }
        return AudioAnalysis.percentiles(gaps);
    }

    /** RTP sequence numbers that never arrived (lost or dropped), counted per SSRC run. */
    public int missingPackets() {
        int missing = 0;
        List<Integer> run = new ArrayList<>();
        long ssrc = -1;
        for (ReceivedPacket p : packets) {
            if (p.ssrc() != ssrc) {
                missing += AudioAnalysis.missingSequenceNumbers(toArray(run));
                run.clear();
                ssrc = p.ssrc();
            }
            run.add(p.sequence());
        }
        return missing + AudioAnalysis.missingSequenceNumbers(toArray(run));
    }

    /** The SSRCs seen, in order of first appearance. */
    public Set<Long> ssrcs() {
        Set<Long> ssrcs = new LinkedHashSet<>();
        packets.forEach(p -> ssrcs.add(p.ssrc()));
        return ssrcs;
    }

    /** Only what arrived after the mark. */
    public ReceivedAudio since(AudioMark mark) {
        return filter(p -> p.index() >= mark.packetIndex(), Math.max(startNanos, mark.nanos()), endNanos);
    }

    /** Only what arrived between two marks. */
    public ReceivedAudio between(AudioMark from, AudioMark to) {
        return filter(
                p -> p.index() >= from.packetIndex() && p.index() < to.packetIndex(),
                Math.max(startNanos, from.nanos()),
                Math.min(endNanos, to.nanos()));
    }

    /** Only what arrived during the last {@code duration} of wall time before the snapshot was taken. */
    public ReceivedAudio last(Duration duration) {
        long from = Math.max(startNanos, endNanos - duration.toNanos());
        return filter(p -> p.arrivalNanos() >= from, from, endNanos);
    }

    /** The last {@code duration} of decoded audio, regardless of when it arrived. */
    public ReceivedAudio lastAudio(Duration duration) {
        long wanted = Math.round(duration.toNanos() / 1e9 * SAMPLE_RATE);
        int first = packets.size();
        long frames = 0;
        while (first > 0 && frames < wanted) {
            frames += packets.get(--first).frames();
        }
        List<ReceivedPacket> kept = packets.subList(first, packets.size());
        long from = kept.isEmpty() ? endNanos : kept.getFirst().arrivalNanos();
        return new ReceivedAudio(kept, from, endNanos);
    }

    /** Drops the first {@code duration} of decoded audio (for example an encoder's start-up transient). */
    public ReceivedAudio skipAudio(Duration duration) {
        long unwanted = Math.round(duration.toNanos() / 1e9 * SAMPLE_RATE);
        int first = 0;
        long frames = 0;
        while (first < packets.size() && frames < unwanted) {
            frames += packets.get(first++).frames();
        }
        List<ReceivedPacket> kept = packets.subList(first, packets.size());
        long from = kept.isEmpty() ? endNanos : kept.getFirst().arrivalNanos();
        return new ReceivedAudio(kept, from, endNanos);
    }

    private ReceivedAudio filter(Predicate<ReceivedPacket> keep, long from, long to) {
        return new ReceivedAudio(
                packets.stream()
                        .filter(keep)
                        .filter(p -> p.arrivalNanos() <= to)
                        .toList(),
                from,
                to);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        Percentiles gaps = interArrivalMillis();
        return String.format(
                Locale.ROOT,
                "ReceivedAudio[packets=%d, audio=%.2fs, window=%.2fs, freq=%.1fHz, rms=%.1fdBFS,"
                        + " pps=%.1f, interArrival p50=%.1f p99=%.1f max=%.1f ms, missing=%d]",
                packetCount(),
                seconds(),
                window().toNanos() / 1e9,
                dominantFrequency(),
                dbfs(),
                packetsPerSecond(),
                gaps.p50(),
                gaps.p99(),
                gaps.max(),
                missingPackets());
    }
}
