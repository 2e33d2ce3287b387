package dev.musicbot.testkit.voice.dave;

import java.util.List;
import java.util.Map;

/**
 * What the simulated voice server saw of DAVE in one voice session.
 *
 * @param protocolVersion the DAVE protocol version in SESSION_DESCRIPTION (0: none)
 * @param epoch the group's MLS epoch (0 until the first commit)
 * @param members the group's members by leaf, the bot included
 * @param commits commits announced (op 29)
 * @param transitionsExecuted transitions executed (op 22)
 * @param encryptedFrames audio frames with the DAVE marker that the primary listener decrypted to different bytes
 * @param plainFramesAfterTransition non-silence frames without the marker after the first one with it (must be 0)
 * @param plainFramesBefore non-silence frames without the marker before the first one with it (passthrough)
 * @param silenceFrames Opus silence frames (they pass unencrypted)
 * @param undecryptable marked frames that no listener decrypted
 * @param heard per listener user id, the marked frames that listener decrypted
 * @param invalidCommitWelcomes op 31 messages received
 * @param rejectedCommits op 28 messages not announced: for a past epoch (another member's commit won), or not
 *     committing exactly the pending proposals
 */
public record DaveStats(
        int protocolVersion,
        long epoch,
        List<Long> members,
        int commits,
        int transitionsExecuted,
        long encryptedFrames,
        long plainFramesAfterTransition,
        long plainFramesBefore,
        long silenceFrames,
        long undecryptable,
        Map<Long, Long> heard,
        int invalidCommitWelcomes,
        int rejectedCommits) {}
