package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The simulator's state of one interaction; mutable, guarded by the {@link MessageStore} lock. */
final class InteractionRecord {
    final String id;
    final String token;
    final int type;
    final String guildId;
    final String channelId;
    final String userId;
    final String description;
    final List<String> followUps = new ArrayList<>();
    String originalId;
    int originalEditsAtStart;
    final long createdNanos = System.nanoTime();
    int callbackType;
    long callbackNanos;
    boolean deferred;
    JsonNode choices;
    JsonNode modal;

    InteractionRecord(
            String id, String token, int type, String guildId, String channelId, String userId, String description) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.guildId = guildId;
        this.channelId = channelId;
        this.userId = userId;
        this.description = description;
    }
}
