package dev.musicbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.testkit.rest.RestRequest;
import dev.musicbot.testkit.rest.RestResponse;
import dev.musicbot.testkit.rest.RestServer;
import dev.musicbot.testkit.support.Json;
import dev.musicbot.testkit.support.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Application commands registered by the bot, global and per guild, with the REST routes that manage them. */
final class CommandStore {
    private static final String GLOBAL = "global";

    private final String applicationId;
    private final Signal signal;
    private final Map<String, Map<String, ObjectNode>> scopes = new HashMap<>();

    CommandStore(String applicationId, Signal signal) {
        this.applicationId = applicationId;
        this.signal = signal;
    }

    void register(RestServer rest) {
        for (String prefix : List.of("/applications/{app}", "/applications/{app}/guilds/{guild}")) {
            rest.route("PUT", prefix + "/commands", this::overwrite)
                    .route("GET", prefix + "/commands", r -> RestResponse.ok(list(scope(r))))
                    .route("POST", prefix + "/commands", this::upsert)
                    .route("GET", prefix + "/commands/{id}", r -> find(r).map(RestResponse::ok)
                            .orElseGet(CommandStore::unknown))
                    .route("PATCH", prefix + "/commands/{id}", this::edit)
                    .route("DELETE", prefix + "/commands/{id}", this::delete);
        }
    }

    /** Commands of a scope: {@code null} for global ones, else a guild id. */
    synchronized List<JsonNode> commands(String guildId) {
        return List.copyOf(scopes.getOrDefault(guildId == null ? GLOBAL : guildId, Map.of())
                .values());
    }

    /** A command by name as the bot would see it in a guild: the guild's own first, then global. */
    synchronized Optional<ObjectNode> find(String guildId, String name) {
        for (String scope : new String[] {guildId, GLOBAL}) {
            for (ObjectNode command : scopes.getOrDefault(scope, Map.of()).values()) {
                if (command.path("name").asText().equals(name)
                        && command.path("type").asInt(1) == 1) {
                    return Optional.of(command);
                }
            }
        }
        return Optional.empty();
    }

    private RestResponse overwrite(RestRequest request) {
        String scope = scope(request);
        ArrayNode result;
        synchronized (this) {
            Map<String, ObjectNode> old = scopes.getOrDefault(scope, Map.of());
            Map<String, ObjectNode> fresh = new LinkedHashMap<>();
            for (JsonNode command : request.body()) {
                ObjectNode stored = stored(scope, command, old.get(key(command)));
                fresh.put(key(command), stored);
            }
            scopes.put(scope, fresh);
            result = list(scope);
        }
        signal.fire();
        return RestResponse.ok(result);
    }

    private RestResponse upsert(RestRequest request) {
        String scope = scope(request);
        ObjectNode stored;
        boolean created;
        synchronized (this) {
            Map<String, ObjectNode> commands = scopes.computeIfAbsent(scope, s -> new LinkedHashMap<>());
            ObjectNode old = commands.get(key(request.body()));
            created = old == null;
            stored = stored(scope, request.body(), old);
            commands.put(key(request.body()), stored);
        }
        signal.fire();
        return new RestResponse(created ? 201 : 200, stored);
    }

    private RestResponse edit(RestRequest request) {
        Optional<ObjectNode> found;
        synchronized (this) {
            found = find(request);
            found.ifPresent(c -> c.setAll((ObjectNode) request.body().deepCopy()));
            found.ifPresent(c -> c.put("version", Snowflake.next()));
        }
        signal.fire();
        return found.map(c -> RestResponse.ok(c.deepCopy())).orElseGet(CommandStore::unknown);
    }

    private RestResponse delete(RestRequest request) {
        boolean removed;
        synchronized (this) {
            removed = scopes.getOrDefault(scope(request), new HashMap<>())
                    .values()
                    .removeIf(c -> c.path("id").asText().equals(request.param("id")));
        }
        signal.fire();
        return removed ? RestResponse.noContent() : unknown();
    }

    private synchronized Optional<ObjectNode> find(RestRequest request) {
        return scopes.getOrDefault(scope(request), Map.of()).values().stream()
                .filter(c -> c.path("id").asText().equals(request.param("id")))
                .findFirst();
    }

    private ObjectNode stored(String scope, JsonNode command, ObjectNode old) {
        ObjectNode stored = command.deepCopy();
        stored.put("id", old == null ? Snowflake.next() : old.path("id").asText())
                .put("application_id", applicationId)
                .put("version", Snowflake.next());
        if (!stored.has("type")) {
            stored.put("type", 1);
        }
        if (!scope.equals(GLOBAL)) {
            stored.put("guild_id", scope);
        }
        return stored;
    }

    private synchronized ArrayNode list(String scope) {
        ArrayNode array = Json.array();
        new ArrayList<>(scopes.getOrDefault(scope, Map.of()).values()).forEach(c -> array.add(c.deepCopy()));
        return array;
    }

    private static String scope(RestRequest request) {
        return request.params().getOrDefault("guild", GLOBAL);
    }

    private static String key(JsonNode command) {
        return command.path("type").asInt(1) + ":" + command.path("name").asText();
    }

    private static RestResponse unknown() {
        return RestResponse.notFound("Unknown application command", 10063);
    }
}
