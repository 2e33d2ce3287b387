package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.testkit.rest.UploadedFile;
import dev.musicbot.testkit.support.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Messages and interactions, thread-safe. Every change fires the signal that {@code await*} methods wait on.
 */
final class MessageStore {
    private final Signal signal = new Signal();
    private final String botUserId;
    private final String botName;
    private final Map<String, StoredMessage> messages = new LinkedHashMap<>();
    private final Map<String, InteractionRecord> interactions = new HashMap<>();
    private final Map<String, InteractionRecord> byToken = new HashMap<>();

    MessageStore(String botUserId, String botName) {
        this.botUserId = botUserId;
        this.botName = botName;
    }

    Signal signal() {
        return signal;
    }

    /** Runs a read or change under the store lock, then wakes waiters. */
    <T> T update(Function<MessageStore, T> action) {
        T result;
        synchronized (this) {
            result = action.apply(this);
        }
        signal.fire();
        return result;
    }

    synchronized <T> T read(Function<MessageStore, T> action) {
        return action.apply(this);
    }

    StoredMessage create(
            String channelId,
            String guildId,
            int type,
            String webhookId,
            JsonNode body,
            int flags,
            List<UploadedFile> files) {
        StoredMessage message = new StoredMessage(Snowflake.next(), channelId, guildId, type, webhookId);
        message.init(body, flags, files);
        messages.put(message.id(), message);
        return message;
    }

    Optional<StoredMessage> message(String id) {
        return Optional.ofNullable(messages.get(id)).filter(m -> !m.deleted());
    }

    List<StoredMessage> inChannel(String channelId) {
        List<StoredMessage> found = new ArrayList<>();
        messages.values().stream()
                .filter(m -> m.channelId().equals(channelId) && !m.deleted())
                .forEach(found::add);
        return found;
    }

    void register(InteractionRecord interaction) {
        interactions.put(interaction.id, interaction);
        byToken.put(interaction.token, interaction);
    }

    Optional<InteractionRecord> interaction(String id) {
        return Optional.ofNullable(interactions.get(id));
    }

    Optional<InteractionRecord> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    SimMessage snapshot(StoredMessage message) {
        return message.snapshot(botUserId, botName);
    }

    Optional<SimMessage> snapshot(String messageId) {
        return Optional.ofNullable(messages.get(messageId)).map(this::snapshot);
    }

    JsonNode json(StoredMessage message) {
        return message.toJson(botUserId, botName);
    }
}
