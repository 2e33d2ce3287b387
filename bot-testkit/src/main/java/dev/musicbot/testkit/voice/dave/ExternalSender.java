package dev.musicbot.testkit.voice.dave;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The voice server's side of a DAVE group: MLS's external sender (RFC 9420 §12.1.8.1). It has an ECDSA P-256
 * signature key (MLS ciphersuite 2, DHKEMP256_AES128GCM_SHA256_P256) and signs the Add and Remove proposals that
 * members commit. Proposals are MLS PublicMessages from sender {@code external} index 0, signed with
 * SignWithLabel("FramedContentTBS") as SHA256withECDSA DER signatures, the encoding MLS uses for ECDSA.
 *
 * <p>Not thread-safe; the voice server calls it from one thread.
 */
public final class ExternalSender {
    static final int PROTOCOL_VERSION_MLS10 = 1;
    static final int WIRE_FORMAT_PUBLIC_MESSAGE = 1;
    static final int SENDER_EXTERNAL = 2;
    static final int CONTENT_PROPOSAL = 2;
    static final int PROPOSAL_ADD = 1;
    static final int PROPOSAL_REMOVE = 3;
    static final int CREDENTIAL_BASIC = 1;
    private static final byte[] SIGN_LABEL = "MLS 1.0 FramedContentTBS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REF_LABEL = "MLS 1.0 Proposal Reference".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IDENTITY = "musicbot voice server".getBytes(StandardCharsets.US_ASCII);

    private final KeyPair keys;
    private final byte[] groupId;

    private ExternalSender(KeyPair keys, byte[] groupId) {
        this.keys = keys;
        this.groupId = groupId;
    }

    /** A new sender with a fresh key for the group of the voice channel {@code channelId}. */
    public static ExternalSender create(long channelId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new ExternalSender(generator.generateKeyPair(), groupId(channelId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256 ECDSA", e);
        }
    }

    /** DAVE's MLS group id: the voice channel id as a big-endian u64. */
    public static byte[] groupId(long channelId) {
        return new MlsWriter().u64(channelId).toByteArray();
    }

    /** The {@code ExternalSender} struct of op 25: signature key (uncompressed point), then basic credential. */
    public byte[] externalSenderPackage() {
        return new MlsWriter()
                .opaque(publicKeyPoint())
                .u16(CREDENTIAL_BASIC)
                .opaque(IDENTITY)
                .toByteArray();
    }

    /** An MLSMessage with an Add proposal for {@code keyPackage} (a marshalled KeyPackage) at {@code epoch}. */
    public byte[] add(long epoch, byte[] keyPackage) {
        return proposal(epoch, new MlsWriter().u16(PROPOSAL_ADD).raw(keyPackage).toByteArray());
    }

    /** An MLSMessage with a Remove proposal for the member at {@code leafIndex} at {@code epoch}. */
    public byte[] remove(long epoch, int leafIndex) {
        return proposal(
                epoch, new MlsWriter().u16(PROPOSAL_REMOVE).u32(leafIndex).toByteArray());
    }

    /**
     * The ProposalRef a commit uses for one of these proposal {@code message}s (RFC 9420 §5.2): RefHash("MLS 1.0
     * Proposal Reference", AuthenticatedContent), where AuthenticatedContent is the PublicMessage without its
     * protocol version (an external sender's message has no membership tag).
     */
    public static byte[] proposalRef(byte[] message) {
        byte[] authenticatedContent = Arrays.copyOfRange(message, 2, message.length);
        byte[] input =
                new MlsWriter().opaque(REF_LABEL).opaque(authenticatedContent).toByteArray();
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of op 27 (after the opcode): {@code append}, then the proposal messages. */
    public static byte[] appendProposals(List<byte[]> messages) {
        return new MlsWriter().u8(0).vector(out -> messages.forEach(out::raw)).toByteArray();
    }

    private byte[] proposal(long epoch, byte[] proposal) {
        byte[] content = new MlsWriter()
                .opaque(groupId)
                .u64(epoch)
                .u8(SENDER_EXTERNAL)
                .u32(0)
                .opaque(new byte[0])
                .u8(CONTENT_PROPOSAL)
                .raw(proposal)
                .toByteArray();
        byte[] tbs = new MlsWriter()
                .u16(PROTOCOL_VERSION_MLS10)
                .u16(WIRE_FORMAT_PUBLIC_MESSAGE)
                .raw(content)
                .toByteArray();
        return new MlsWriter()
                .u16(PROTOCOL_VERSION_MLS10)
                .u16(WIRE_FORMAT_PUBLIC_MESSAGE)
                .raw(content)
                .opaque(signWithLabel(tbs))
                .toByteArray();
    }

    /** RFC 9420 §5.1.2: the signature over {@code SignContent {opaque label<V>; opaque content<V>}}. */
    private byte[] signWithLabel(byte[] content) {
        byte[] signContent = new MlsWriter().opaque(SIGN_LABEL).opaque(content).toByteArray();
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(signContent);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an MLS proposal", e);
        }
    }

    /** The public key as MLS encodes P-256 keys: {@code 04 || X || Y}, 32 bytes each. */
    byte[] publicKeyPoint() {
        ECPublicKey key = (ECPublicKey) keys.getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copyUnsigned(key.getW().getAffineX(), point, 1);
        copyUnsigned(key.getW().getAffineY(), point, 33);
        return point;
    }

    /** Verifies {@code signature} the way a member does, for tests of this class. */
    boolean verify(byte[] tbs, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(keys.getPublic());
            verifier.update(new MlsWriter().opaque(SIGN_LABEL).opaque(tbs).toByteArray());
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyUnsigned(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, offset + 32 - length, length);
    }
}
