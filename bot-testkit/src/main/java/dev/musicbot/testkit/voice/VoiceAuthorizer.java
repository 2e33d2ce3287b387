package dev.musicbot.testkit.voice;

import java.util.Optional;

/** Decides whether a voice IDENTIFY matches a voice session the main gateway handed out. */
@FunctionalInterface
public interface VoiceAuthorizer {
    /**
     * Checks the IDENTIFY fields.
     *
     * @return the sink for the guild, or empty to reject with close code 4004
     */
    Optional<VoiceSink> authorize(String guildId, String userId, String sessionId, String token);
}
