package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.rest.RestRequest;
import dev.musicbot.testkit.rest.RestResponse;
import dev.musicbot.testkit.rest.RestServer;
import dev.musicbot.testkit.rest.UploadedFile;
import dev.musicbot.testkit.support.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Interaction callbacks and the webhook routes of interaction follow-ups. */
final class InteractionRoutes {
    private static final int SLASH_REPLY_TYPE = 20;
    private static final int REPLY_TYPE = 19;
    private static final int DEFAULT_TYPE = 0;

    private final MessageStore store;
    private final String applicationId;

    InteractionRoutes(MessageStore store, String applicationId) {
        this.store = store;
        this.applicationId = applicationId;
    }

    void register(RestServer rest) {
        String message = "/webhooks/{app}/{token}/messages/{message}";
        rest.route("POST", "/interactions/{id}/{token}/callback", this::callback)
                .route("POST", "/webhooks/{app}/{token}", this::followUp)
                .route("GET", message, r -> withMessage(r, m -> RestResponse.ok(store.json(m))))
                .route(
                        "PATCH",
                        message,
                        r -> withMessage(r, m -> {
                            m.edit(r.body(), r.uploads());
                            return RestResponse.ok(store.json(m));
                        }))
                .route(
                        "DELETE",
                        message,
                        r -> withMessage(r, m -> {
                            m.delete();
                            return RestResponse.noContent();
                        }));
    }

    private RestResponse callback(RestRequest request) {
        return store.update(s -> {
            Optional<InteractionRecord> found =
                    s.interaction(request.param("id")).filter(i -> i.token.equals(request.param("token")));
            if (found.isEmpty()) {
                return RestResponse.notFound("Unknown interaction", 10062);
            }
            InteractionRecord interaction = found.get();
            if (interaction.callbackType != 0) {
                return new RestResponse(
                        400,
                        Json.object()
                                .put("message", "Interaction has already been acknowledged.")
                                .put("code", 40060));
            }
            int type = request.body().path("type").asInt();
            interaction.callbackType = type;
            interaction.callbackNanos = System.nanoTime();
            JsonNode data = request.body().path("data");
            StoredMessage message = apply(interaction, type, data, request.uploads());
            return response(request, interaction, type, message);
        });
    }

    private StoredMessage apply(InteractionRecord interaction, int type, JsonNode data, List<UploadedFile> files) {
        switch (type) {
            case 4 -> {
                int messageType = interaction.type == 2 ? SLASH_REPLY_TYPE : REPLY_TYPE;
                StoredMessage reply = create(interaction, messageType, data, 0, files);
                interaction.originalId = reply.id();
                interaction.originalEditsAtStart = 0;
                return reply;
            }
            case 5 -> {
                interaction.deferred = true;
                int ephemeral = data.path("flags").asInt() & SimMessage.EPHEMERAL;
                StoredMessage placeholder =
                        create(interaction, SLASH_REPLY_TYPE, Json.object(), SimMessage.LOADING | ephemeral, List.of());
                interaction.originalId = placeholder.id();
                interaction.originalEditsAtStart = 0;
                return placeholder;
            }
            case 6 -> interaction.deferred = true;
            case 7 -> {
                Optional<StoredMessage> original = original(interaction);
                original.ifPresent(m -> m.edit(data, files));
                return original.orElse(null);
            }
            case 8 -> interaction.choices = data.path("choices").deepCopy();
            case 9 -> interaction.modal = data.deepCopy();
            default -> {
                // 1 (pong) and unknown types are only recorded.
            }
        }
        return null;
    }

    private RestResponse response(RestRequest request, InteractionRecord interaction, int type, StoredMessage message) {
        if (!"true".equals(request.query().get("with_response"))) {
            return RestResponse.noContent();
        }
        ObjectNode body = Json.object();
        body.putObject("interaction").put("id", interaction.id).put("type", interaction.type);
        ObjectNode resource = body.putObject("resource").put("type", type);
        if (message != null && (type == 4 || type == 7)) {
            resource.set("message", store.json(message));
        }
        return RestResponse.ok(body);
    }

    private RestResponse followUp(RestRequest request) {
        return store.update(s -> {
            Optional<InteractionRecord> found = s.byToken(request.param("token"));
            if (found.isEmpty() || !request.param("app").equals(applicationId)) {
                return RestResponse.notFound("Unknown Webhook", 10015);
            }
            InteractionRecord interaction = found.get();
            Optional<StoredMessage> loading = original(interaction).filter(m -> (m.flags() & SimMessage.LOADING) != 0);
            if (loading.isPresent()) {
                // Discord turns the first follow-up after a deferred reply into the reply itself.
                loading.get().edit(request.body(), request.uploads());
                return RestResponse.ok(store.json(loading.get()));
            }
            int flags = request.body().path("flags").asInt() & SimMessage.EPHEMERAL;
            StoredMessage message = create(interaction, DEFAULT_TYPE, request.body(), flags, request.uploads());
            interaction.followUps.add(message.id());
            return RestResponse.ok(store.json(message));
        });
    }

    private RestResponse withMessage(RestRequest request, Function<StoredMessage, RestResponse> action) {
        return store.update(s -> {
            Optional<InteractionRecord> interaction = s.byToken(request.param("token"));
            if (interaction.isEmpty()) {
                return RestResponse.notFound("Unknown Webhook", 10015);
            }
            String id = request.param("message");
            Optional<StoredMessage> message = id.equals("@original") ? original(interaction.get()) : s.message(id);
            return message.map(action).orElseGet(() -> RestResponse.notFound("Unknown Message", 10008));
        });
    }

    private Optional<StoredMessage> original(InteractionRecord interaction) {
        return interaction.originalId == null ? Optional.empty() : store.message(interaction.originalId);
    }

    private StoredMessage create(
            InteractionRecord interaction, int type, JsonNode data, int flags, List<UploadedFile> files) {
        return store.create(interaction.channelId, interaction.guildId, type, applicationId, data, flags, files);
    }
}
