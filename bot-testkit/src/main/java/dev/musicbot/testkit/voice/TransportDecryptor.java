package dev.musicbot.testkit.voice;

import com.google.crypto.tink.aead.internal.InsecureNonceXChaCha20Poly1305;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens voice packets encrypted with one of the {@code *_rtpsize} AEAD modes.
 *
 * <p>Packet: clear RTP header (the associated data) || ciphertext || 16-byte tag || 4-byte nonce counter. The
 * nonce is the counter followed by zeros, 12 bytes for AES-GCM and 24 for XChaCha20-Poly1305. When the header has
 * an extension, its body is the first part of the plaintext and is removed here. Not thread-safe.
 */
public final class TransportDecryptor {
    private final EncryptionMode mode;
    private final SecretKeySpec aesKey;
    private final InsecureNonceXChaCha20Poly1305 xchacha;
    private final Cipher aes;

    /**
     * Creates a decryptor for one session.
     *
     * @param mode the negotiated mode
     * @param secretKey the 32-byte key sent in SESSION_DESCRIPTION
     */
    public TransportDecryptor(EncryptionMode mode, byte[] secretKey) throws GeneralSecurityException {
        this.mode = mode;
        if (mode == EncryptionMode.AES256_GCM) {
            this.aesKey = new SecretKeySpec(secretKey, "AES");
            this.aes = Cipher.getInstance("AES/GCM/NoPadding");
            this.xchacha = null;
        } else {
            this.aesKey = null;
            this.aes = null;
            this.xchacha = new InsecureNonceXChaCha20Poly1305(secretKey);
        }
    }

    /** The mode this decryptor implements. */
    public EncryptionMode mode() {
        return mode;
    }

    /**
     * Decrypts and authenticates a packet.
     *
     * @return the Opus frame
     * @throws GeneralSecurityException if authentication fails
     */
    public byte[] open(byte[] packet, int length) throws GeneralSecurityException {
        RtpHeader header = RtpHeader.parse(packet, length);
        int cipherEnd = length - RtpHeader.NONCE_SUFFIX_LENGTH;
        if (cipherEnd - header.length() < RtpHeader.TAG_LENGTH) {
            throw new GeneralSecurityException("Packet too short");
        }
        byte[] aad = Arrays.copyOfRange(packet, 0, header.length());
        byte[] ciphertext = Arrays.copyOfRange(packet, header.length(), cipherEnd);
        byte[] nonce = new byte[mode.nonceLength()];
        System.arraycopy(packet, cipherEnd, nonce, 0, RtpHeader.NONCE_SUFFIX_LENGTH);
        byte[] plain = decrypt(nonce, ciphertext, aad);
        if (header.extensionBodyLength() > plain.length) {
            throw new GeneralSecurityException("Extension longer than payload");
        }
        return Arrays.copyOfRange(plain, header.extensionBodyLength(), plain.length);
    }

    private byte[] decrypt(byte[] nonce, byte[] ciphertext, byte[] aad) throws GeneralSecurityException {
        if (aes != null) {
            aes.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(RtpHeader.TAG_LENGTH * 8, nonce));
            aes.updateAAD(aad);
            return aes.doFinal(ciphertext);
        }
        return xchacha.decrypt(nonce, ciphertext, aad);
    }
}
