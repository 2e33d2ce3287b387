package dev.musicbot.testkit.voice;

/**
 * Counters of one voice connection's UDP traffic.
 *
 * @param discoveryRequests IP discovery requests answered
 * @param audioPackets datagrams that looked like encrypted audio (and were not dropped)
 * @param droppedPackets datagrams dropped on purpose on arrival (simulated packet loss), whatever they held
 * @param decryptFailures audio packets that failed to decrypt (or arrived before the key was sent)
 * @param decodeFailures decrypted payloads that were not valid Opus
 * @param strayDatagrams other datagrams (empty, all-zero, keep-alives), ignored
 */
public record VoiceStats(
        long discoveryRequests,
        long audioPackets,
        long droppedPackets,
        long decryptFailures,
        long decodeFailures,
        long strayDatagrams) {
    /** No traffic. */
    public static final VoiceStats EMPTY = new VoiceStats(0, 0, 0, 0, 0, 0);
}
