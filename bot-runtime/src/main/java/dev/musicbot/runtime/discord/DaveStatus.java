package dev.musicbot.runtime.discord;

/**
 * One voice connection's DAVE state, as JDA's DAVE session saw it.
 *
 * @param channelId the voice channel (DAVE's group is the channel)
 * @param protocolVersion the negotiated DAVE protocol version (0: not encrypted end to end), or -1 before the voice
 *     server said
 * @param epoch the MLS epoch the bot's group is in (1 once the first commit adding a listener executed), or -1
 *     when unknown: before the first commit, or after joining by a Welcome until the next commit
 * @param transitions transitions executed (op 22), the first one included
 * @param encryptFailures frames libdave failed to encrypt (JDA then drops them with "Failed to encrypt audio")
 * @param decryptFailures received frames libdave failed to decrypt
 * @param rejectedCommits commits or Welcomes the bot could not process and reported (op 31)
 */
public record DaveStatus(
        long channelId,
        int protocolVersion,
        long epoch,
        long transitions,
        long encryptFailures,
        long decryptFailures,
        long rejectedCommits) {

    /** One line for logs and the health endpoint. */
    public String describe() {
        return "channel " + channelId + ": "
                + (protocolVersion < 0 ? "DAVE not negotiated yet" : "DAVE protocol version " + protocolVersion)
                + ", epoch " + (epoch < 0 ? "unknown" : Long.toString(epoch))
                + ", " + transitions + " transition(s), " + encryptFailures + " encrypt failure(s), "
                + decryptFailures + " decrypt failure(s), " + rejectedCommits + " rejected commit(s)";
    }
}
