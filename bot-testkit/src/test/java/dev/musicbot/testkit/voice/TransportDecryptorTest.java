package dev.musicbot.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransportDecryptorTest {
    private static final byte[] OPUS = {(byte) 0xFC, (byte) 0xFF, (byte) 0xFE, 1, 2};

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @ParameterizedTest
    @EnumSource(EncryptionMode.class)
    void opensPacketsSealedLikeJda(EncryptionMode mode) throws GeneralSecurityException {
        byte[] key = key();
        byte[] packet = new PacketSealer(mode, key, 4242).seal(OPUS);
        assertThat(packet).hasSize(12 + OPUS.length + 16 + 4);
        assertThat(RtpHeader.looksLikeAudio(packet, packet.length)).isTrue();
        assertThat(new TransportDecryptor(mode, key).open(packet, packet.length))
                .containsExactly(OPUS);
    }

    @ParameterizedTest
    @EnumSource(EncryptionMode.class)
    void stripsTheEncryptedHeaderExtensionBody(EncryptionMode mode) throws GeneralSecurityException {
        byte[] key = key();
        byte[] packet = new PacketSealer(mode, key, 1).seal(OPUS, new byte[] {9, 9, 9, 9, 8, 8, 8, 8});
        RtpHeader header = RtpHeader.parse(packet, packet.length);
        assertThat(header.length()).isEqualTo(16);
        assertThat(header.extensionBodyLength()).isEqualTo(8);
        assertThat(new TransportDecryptor(mode, key).open(packet, packet.length))
                .containsExactly(OPUS);
    }

    @ParameterizedTest
    @EnumSource(EncryptionMode.class)
    void rejectsTamperedPacketsAndWrongKeys(EncryptionMode mode) throws GeneralSecurityException {
        byte[] key = key();
        byte[] packet = new PacketSealer(mode, key, 1).seal(OPUS);
        byte[] tampered = packet.clone();
        tampered[14] ^= 1;
        TransportDecryptor decryptor = new TransportDecryptor(mode, key);
        assertThatThrownBy(() -> decryptor.open(tampered, tampered.length))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> new TransportDecryptor(mode, key()).open(packet, packet.length))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void headerFieldsAreParsedBigEndian() throws GeneralSecurityException {
        PacketSealer sealer = new PacketSealer(EncryptionMode.AES256_GCM, key(), 0xCAFEBABEL);
        sealer.seal(OPUS);
        byte[] second = sealer.seal(OPUS);
        RtpHeader header = RtpHeader.parse(second, second.length);
        assertThat(header.sequence()).isEqualTo(1);
        assertThat(header.timestamp()).isEqualTo(960);
        assertThat(header.ssrc()).isEqualTo(0xCAFEBABEL);
    }

    @Test
    void strayDatagramsDoNotLookLikeAudio() {
        assertThat(RtpHeader.looksLikeAudio(new byte[0], 0)).isFalse();
        assertThat(RtpHeader.looksLikeAudio(new byte[2048], 2048)).isFalse();
        byte[] keepAlive = {(byte) 0xC9, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(RtpHeader.looksLikeAudio(keepAlive, keepAlive.length)).isFalse();
        assertThat(RtpHeader.looksLikeAudio(IpDiscovery.request(1), 74)).isFalse();
    }
}
