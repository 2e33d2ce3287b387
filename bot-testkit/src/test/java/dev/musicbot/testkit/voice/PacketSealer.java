package dev.musicbot.testkit.voice;

import com.google.crypto.tink.aead.internal.InsecureNonceXChaCha20Poly1305;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Builds encrypted voice packets the way JDA 6.5 does (spec §4.6), independently of the simulator's code. */
final class PacketSealer {
    private final EncryptionMode mode;
    private final byte[] key;
    private final long ssrc;
    private int sequence;
    private long timestamp;
    private int nonce = 42;

    PacketSealer(EncryptionMode mode, byte[] key, long ssrc) {
        this.mode = mode;
        this.key = key;
        this.ssrc = ssrc;
    }

    byte[] seal(byte[] opus) throws GeneralSecurityException {
        return seal(opus, new byte[0]);
    }

    /** Seals a frame; a non-empty {@code extension} body sets the X bit and is encrypted before the frame. */
    byte[] seal(byte[] opus, byte[] extension) throws GeneralSecurityException {
        boolean hasExtension = extension.length > 0;
        ByteBuffer header = ByteBuffer.allocate(12 + (hasExtension ? 4 : 0))
                .put((byte) (hasExtension ? 0x90 : 0x80))
                .put((byte) 0x78)
                .putShort((short) sequence++)
                .putInt((int) timestamp)
                .putInt((int) ssrc);
        timestamp += 960;
        if (hasExtension) {
            header.putShort((short) 0xBEDE).putShort((short) (extension.length / 4));
        }
        byte[] aad = header.array();
        byte[] plain = ByteBuffer.allocate(extension.length + opus.length)
                .put(extension)
                .put(opus)
                .array();
        int counter = nonce++;
        byte[] fullNonce = new byte[mode.nonceLength()];
        ByteBuffer.wrap(fullNonce).putInt(counter);
        byte[] sealed = encrypt(fullNonce, plain, aad);
        return ByteBuffer.allocate(aad.length + sealed.length + 4)
                .put(aad)
                .put(sealed)
                .putInt(counter)
                .array();
    }

    private byte[] encrypt(byte[] fullNonce, byte[] plain, byte[] aad) throws GeneralSecurityException {
        if (mode == EncryptionMode.AES256_GCM) {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, fullNonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(plain);
        }
        return new InsecureNonceXChaCha20Poly1305(key).encrypt(fullNonce, plain, aad);
    }
}
