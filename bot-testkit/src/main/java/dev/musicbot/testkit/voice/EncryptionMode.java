package dev.musicbot.testkit.voice;

import java.util.Arrays;
import java.util.Optional;

/** The voice transport encryption modes JDA 6.5 supports (the only ones the simulator offers). */
public enum EncryptionMode {
    /** {@code aead_aes256_gcm_rtpsize}: AES-256-GCM, 12-byte nonce; JDA prefers it when offered. */
    AES256_GCM("aead_aes256_gcm_rtpsize", 12),
    /** {@code aead_xchacha20_poly1305_rtpsize}: XChaCha20-Poly1305, 24-byte nonce. */
    XCHACHA20_POLY1305("aead_xchacha20_poly1305_rtpsize", 24);

    private final String wireName;
    private final int nonceLength;

    EncryptionMode(String wireName, int nonceLength) {
        this.wireName = wireName;
        this.nonceLength = nonceLength;
    }

    /** The mode's name in the voice gateway protocol. */
    public String wireName() {
        return wireName;
    }

    /** Length of the full AEAD nonce; the packet carries only its first 4 bytes. */
    public int nonceLength() {
        return nonceLength;
    }

    /** Looks a mode up by its protocol name. */
    public static Optional<EncryptionMode> fromWireName(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}
