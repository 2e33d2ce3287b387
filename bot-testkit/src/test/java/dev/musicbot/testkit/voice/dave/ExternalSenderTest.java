package dev.musicbot.testkit.voice.dave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The external sender's encodings, read back field by field (libdave's view is in ExternalSenderDaveTest). */
class ExternalSenderTest {
    private static final long CHANNEL = 0x0102_0304_0506_0708L;
    private final ExternalSender sender = ExternalSender.create(CHANNEL);

    @Test
    void thePackageIsTheSignatureKeyThenABasicCredential() {
        MlsReader in = new MlsReader(sender.externalSenderPackage());
        byte[] key = in.opaque();
        assertThat(key).hasSize(65).startsWith(4);
        assertThat(in.u16()).isEqualTo(1);
        assertThat(new String(in.opaque(), StandardCharsets.US_ASCII)).isEqualTo("musicbot voice server");
        in.expectEnd();
    }

    @Test
    void anAddIsASignedPublicMessageFromExternalSenderZero() {
        byte[] keyPackage = {9, 8, 7};
        byte[] message = sender.add(5, keyPackage);

        MlsReader in = new MlsReader(message);
        assertThat(in.u16()).as("mls10").isEqualTo(1);
        assertThat(in.u16()).as("public message").isEqualTo(1);
        int contentStart = in.position();
        assertThat(in.opaque()).isEqualTo(ExternalSender.groupId(CHANNEL)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(in.u64()).as("epoch").isEqualTo(5);
        assertThat(in.u8()).as("sender type external").isEqualTo(2);
        assertThat(in.u32()).as("sender index").isZero();
        assertThat(in.opaque()).as("authenticated data").isEmpty();
        assertThat(in.u8()).as("content type proposal").isEqualTo(2);
        assertThat(in.u16()).as("proposal type add").isEqualTo(1);
        assertThat(in.raw(3)).isEqualTo(keyPackage);
        byte[] content = Arrays.copyOfRange(message, contentStart, in.position());
        byte[] signature = in.opaque();
        in.expectEnd();

        byte[] tbs = new MlsWriter().u16(1).u16(1).raw(content).toByteArray();
        assertThat(sender.verify(tbs, signature)).isTrue();
        assertThat(signature[0]).as("a DER SEQUENCE").isEqualTo((byte) 0x30);
        tbs[tbs.length - 1] ^= 1;
        assertThat(sender.verify(tbs, signature)).isFalse();
    }

    @Test
    void aRemoveNamesTheLeafIndex() {
        byte[] message = sender.remove(2, 7);
        MlsReader in = new MlsReader(message);
        in.u16();
        in.u16();
        in.opaque();
        in.u64();
        in.u8();
        in.u32();
        in.opaque();
        assertThat(in.u8()).isEqualTo(2);
        assertThat(in.u16()).as("proposal type remove").isEqualTo(3);
        assertThat(in.u32()).isEqualTo(7);
    }

    @Test
    void proposalsAppendAVectorOfMessages() {
        byte[] first = sender.remove(1, 1);
        byte[] second = sender.remove(1, 2);
        MlsReader in = new MlsReader(ExternalSender.appendProposals(List.of(first, second)));
        assertThat(in.u8()).as("append").isZero();
        MlsReader messages = in.vector();
        assertThat(messages.rest()).isEqualTo(concat(first, second));
        in.expectEnd();
        assertThat(ExternalSender.proposalRef(first)).hasSize(32).isNotEqualTo(ExternalSender.proposalRef(second));
    }

    @Test
    void commitWelcomeRejectsWhatIsNotACommit() {
        assertThatThrownBy(() -> CommitWelcome.parse(sender.add(0, new byte[] {1})))
                .isInstanceOf(MlsFormatException.class)
                .hasMessageContaining("from a member");
        assertThatThrownBy(() -> KeyPackageInfo.parse(new byte[] {0, 1, 0, 2, 5}))
                .isInstanceOf(MlsFormatException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
