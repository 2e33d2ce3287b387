package dev.musicbot.testkit.voice.dave;

/**
 * What the voice server checks in a member's KeyPackage (RFC 9420 §10) before it proposes to add it, as DAVE's
 * protocol asks: ciphersuite 2, a basic credential whose identity is the user id as a big-endian u64, and the
 * lifetime 0 to 2^64-1. The signature is left to the members, who verify it when they process the Add.
 *
 * @param cipherSuite the MLS ciphersuite
 * @param userId the Discord user id in the credential
 * @param notBefore the lifetime's start
 * @param notAfter the lifetime's end (-1 is 2^64-1)
 */
public record KeyPackageInfo(int cipherSuite, long userId, long notBefore, long notAfter) {
    static final int LEAF_NODE_SOURCE_KEY_PACKAGE = 1;
    static final int LEAF_NODE_SOURCE_COMMIT = 3;

    /** Parses a marshalled KeyPackage (libdave's op 26 payload: the bare KeyPackage, no MLSMessage wrapper). */
    public static KeyPackageInfo parse(byte[] keyPackage) {
        MlsReader in = new MlsReader(keyPackage);
        if (in.u16() != ExternalSender.PROTOCOL_VERSION_MLS10) {
            throw new MlsFormatException("key package is not MLS 1.0");
        }
        int suite = in.u16();
        in.opaque(); // init_key
        LeafNode leaf = LeafNode.read(in);
        in.vector(); // extensions
        in.opaque(); // signature
        in.expectEnd();
        if (leaf.source() != LEAF_NODE_SOURCE_KEY_PACKAGE) {
            throw new MlsFormatException("key package leaf node has source " + leaf.source());
        }
        return new KeyPackageInfo(suite, leaf.userId(), leaf.notBefore(), leaf.notAfter());
    }

    /** Whether DAVE protocol version 1's rules hold for this key package sent by {@code expectedUser}. */
    public boolean acceptableFor(long expectedUser) {
        return cipherSuite == 2 && userId == expectedUser && notBefore == 0 && notAfter == -1L;
    }

    /** The parts of a LeafNode (RFC 9420 §7.2) that matter here. */
    record LeafNode(long userId, int source, long notBefore, long notAfter) {
        static LeafNode read(MlsReader in) {
            in.opaque(); // encryption_key
            in.opaque(); // signature_key
            int credentialType = in.u16();
            if (credentialType != ExternalSender.CREDENTIAL_BASIC) {
                throw new MlsFormatException("credential type " + credentialType + " is not basic");
            }
            byte[] identity = in.opaque();
            if (identity.length != 8) {
                throw new MlsFormatException("credential identity is " + identity.length + " bytes, not a u64");
            }
            for (int i = 0; i < 5; i++) {
                in.vector(); // capabilities: versions, cipher_suites, extensions, proposals, credentials
            }
            int source = in.u8();
            long notBefore = 0;
            long notAfter = 0;
            switch (source) {
                case LEAF_NODE_SOURCE_KEY_PACKAGE -> {
                    notBefore = in.u64();
                    notAfter = in.u64();
                }
                case 2 -> {}
                case LEAF_NODE_SOURCE_COMMIT -> in.opaque(); // parent_hash
                default -> throw new MlsFormatException("unknown leaf node source " + source);
            }
            in.vector(); // extensions
            in.opaque(); // signature
            return new LeafNode(new MlsReader(identity).u64(), source, notBefore, notAfter);
        }
    }
}
