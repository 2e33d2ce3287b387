package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.musicbot.testkit.rest.RestRequest;
import dev.musicbot.testkit.rest.RestResponse;
import dev.musicbot.testkit.rest.RestServer;
import dev.musicbot.testkit.support.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Channel message routes: send, fetch, list, edit, delete, typing and reactions. */
final class MessageRoutes {
    private final MessageStore store;
    private final Function<String, Optional<SimGuild>> guildOfChannel;

    MessageRoutes(MessageStore store, Function<String, Optional<SimGuild>> guildOfChannel) {
        this.store = store;
        this.guildOfChannel = guildOfChannel;
    }

    void register(RestServer rest) {
        String one = "/channels/{channel}/messages/{message}";
        rest.route("POST", "/channels/{channel}/messages", this::send)
                .route("GET", "/channels/{channel}/messages", this::list)
                .route("GET", one, r -> withMessage(r, m -> RestResponse.ok(store.json(m))))
                .route(
                        "PATCH",
                        one,
                        r -> withMessage(r, m -> {
                            m.edit(r.body());
                            return RestResponse.ok(store.json(m));
                        }))
                .route(
                        "DELETE",
                        one,
                        r -> withMessage(r, m -> {
                            m.delete();
                            return RestResponse.noContent();
                        }))
                .route("POST", "/channels/{channel}/typing", r -> RestResponse.noContent())
                .route("PUT", one + "/reactions/{emoji}/@me", r -> RestResponse.noContent())
                .route("DELETE", one + "/reactions/{emoji}/@me", r -> RestResponse.noContent());
    }

    private RestResponse send(RestRequest request) {
        String channelId = request.param("channel");
        Optional<SimGuild> guild = guildOfChannel.apply(channelId);
        if (guild.isEmpty()) {
            return RestResponse.notFound("Unknown Channel", 10003);
        }
        int type = request.body().has("message_reference") ? 19 : 0;
        return store.update(s -> {
            StoredMessage message =
                    s.create(channelId, guild.get().id(), type, null, request.body(), 0, request.uploads());
            return RestResponse.ok(s.json(message));
        });
    }

    private RestResponse list(RestRequest request) {
        int limit = Integer.parseInt(request.query().getOrDefault("limit", "50"));
        return store.read(s -> {
            List<StoredMessage> messages = s.inChannel(request.param("channel"));
            ArrayNode array = Json.array();
            for (int i = messages.size() - 1; i >= 0 && array.size() < limit; i--) {
                array.add(s.json(messages.get(i)));
            }
            return RestResponse.ok(array);
        });
    }

    private RestResponse withMessage(RestRequest request, Function<StoredMessage, RestResponse> action) {
        return store.update(s -> s.message(request.param("message"))
                .filter(m -> m.channelId().equals(request.param("channel")))
                .map(action)
                .orElseGet(() -> RestResponse.notFound("Unknown Message", 10008)));
    }
}
