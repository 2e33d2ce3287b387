package dev.musicbot.testkit.voice.dave;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's op 28 payload split as the voice server needs it: the commit (an MLS PublicMessage, RFC 9420 §6.2)
 * to announce with op 29, and the Welcome (§12.4.3.1), present only when the commit adds members, for op 30.
 *
 * @param commit the commit MLSMessage, as sent
 * @param epoch the epoch the commit was made in
 * @param committer the leaf index of the member who made it
 * @param proposalRefs the ProposalRefs it commits, in its order
 * @param welcome the Welcome, if any, as sent
 */
public record CommitWelcome(
        byte[] commit, long epoch, int committer, List<byte[]> proposalRefs, Optional<byte[]> welcome) {
    private static final int SENDER_MEMBER = 1;
    private static final int CONTENT_COMMIT = 3;
    private static final int PROPOSAL_OR_REF_REFERENCE = 2;

    /** Splits an op 28 payload (after the opcode byte). */
    public static CommitWelcome parse(byte[] payload) {
        MlsReader in = new MlsReader(payload);
        if (in.u16() != ExternalSender.PROTOCOL_VERSION_MLS10
                || in.u16() != ExternalSender.WIRE_FORMAT_PUBLIC_MESSAGE) {
            throw new MlsFormatException("a DAVE commit must be an MLS 1.0 PublicMessage");
        }
        in.opaque(); // group_id
        long epoch = in.u64();
        if (in.u8() != SENDER_MEMBER) {
            throw new MlsFormatException("a commit must come from a member");
        }
        int committer = (int) in.u32();
        in.opaque(); // authenticated_data
        if (in.u8() != CONTENT_COMMIT) {
            throw new MlsFormatException("op 28 does not start with a commit");
        }
        List<byte[]> refs = references(in.vector());
        if (in.u8() == 1) { // optional<UpdatePath>
            KeyPackageInfo.LeafNode.read(in);
            in.vector(); // UpdatePathNode nodes<V>
        }
        in.opaque(); // signature
        in.opaque(); // confirmation_tag
        in.opaque(); // membership_tag
        byte[] commit = in.since(0);
        if (!in.hasRemaining()) {
            return new CommitWelcome(commit, epoch, committer, refs, Optional.empty());
        }
        int welcomeStart = in.position();
        in.u16(); // cipher_suite
        in.vector(); // EncryptedGroupSecrets secrets<V>
        in.opaque(); // encrypted_group_info
        byte[] welcome = in.since(welcomeStart);
        in.expectEnd();
        return new CommitWelcome(commit, epoch, committer, refs, Optional.of(welcome));
    }

    /** DAVE commits reference the external sender's proposals and carry none inline (ProposalOrRef, §12.4). */
    private static List<byte[]> references(MlsReader proposals) {
        if (!proposals.hasRemaining()) {
            throw new MlsFormatException("the commit references no proposal");
        }
        List<byte[]> refs = new ArrayList<>();
        while (proposals.hasRemaining()) {
            if (proposals.u8() != PROPOSAL_OR_REF_REFERENCE) {
                throw new MlsFormatException("the commit carries an inline proposal");
            }
            refs.add(proposals.opaque());
        }
        return List.copyOf(refs);
    }
}
