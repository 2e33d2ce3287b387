package dev.musicbot.runtime.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.musicbot.runtime.discord.ShardStatus;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Discord gateway, one session per shard this process runs: up when every shard is connected, down while
 * one reconnects, fatal once JDA has given one up (shut down, or the login was refused). The endpoint's
 * {@code data} lists each shard with its status, gateway ping and guild count.
 */
final class GatewayCheck implements HealthCheck {
    private final Supplier<List<ShardStatus>> shards;

    GatewayCheck(Supplier<List<ShardStatus>> shards) {
        this.shards = shards;
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public Status check() {
        List<ShardStatus> now = shards.get();
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        now.forEach(shard -> data.add(toJson(shard)));
        ObjectNode more = JsonNodeFactory.instance.objectNode();
        more.set("shards", data);
        return summary(now).with(more);
    }

    private static Status summary(List<ShardStatus> now) {
        if (now.size() == 1) {
            return state(now.getFirst(), now.getFirst().describe());
        }
        long connected = now.stream().filter(ShardStatus::connected).count();
        String detail = connected + " of " + now.size() + " shards connected";
        List<ShardStatus> troubled =
                now.stream().filter(shard -> !shard.connected()).toList();
        if (troubled.isEmpty()) {
            return Status.up(detail);
        }
        ShardStatus worst = troubled.stream()
                .filter(shard -> shard.phase() == ShardStatus.Phase.ENDED)
                .findFirst()
                .orElse(troubled.getFirst());
        return state(worst, detail + "; shard " + worst.id() + " " + worst.describe());
    }

    private static Status state(ShardStatus shard, String detail) {
        return switch (shard.phase()) {
            case CONNECTED -> Status.up(detail);
            case ENDED -> Status.fatal(detail);
            case CONNECTING -> Status.down(detail);
        };
    }

    /** Whether every shard is connected now. */
    boolean connected() {
        return shards.get().stream().allMatch(ShardStatus::connected);
    }

    private static ObjectNode toJson(ShardStatus shard) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", shard.id())
                .put("status", shard.status())
                .put("ping_ms", shard.pingMillis())
                .put("guilds", shard.guilds());
    }
}
