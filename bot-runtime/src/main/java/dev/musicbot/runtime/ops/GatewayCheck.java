package dev.musicbot.runtime.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/**
 * The Discord gateway, one session per shard this process runs: up when every shard is connected, down while
 * one reconnects, fatal once JDA has given one up (shut down, or the login was refused). The endpoint's
 * {@code data} lists each shard with its status, gateway ping and guild count.
 */
final class GatewayCheck implements HealthCheck {
    private final Supplier<List<Shard>> shards;

    GatewayCheck(Supplier<List<Shard>> shards) {
        this.shards = shards;
    }

    /** The check of one JDA status (a single shard). */
    static GatewayCheck of(Supplier<JDA.Status> status) {
        return new GatewayCheck(() -> List.of(new Shard(0, status.get(), -1, 0)));
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public Status check() {
        List<Shard> now = shards.get();
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        now.forEach(shard -> data.add(shard.toJson()));
        ObjectNode more = JsonNodeFactory.instance.objectNode();
        more.set("shards", data);
        return summary(now).with(more);
    }

    private static Status summary(List<Shard> now) {
        if (now.size() == 1) {
            return state(now.getFirst().status(), describe(now.getFirst().status()));
        }
        long connected = now.stream().filter(Shard::connected).count();
        String detail = connected + " of " + now.size() + " shards connected";
        List<Shard> troubled = now.stream().filter(shard -> !shard.connected()).toList();
        if (troubled.isEmpty()) {
            return Status.up(detail);
        }
        Shard worst = troubled.stream()
                .filter(shard -> state(shard.status(), "").state() == State.FATAL)
                .findFirst()
                .orElse(troubled.getFirst());
        return state(worst.status(), detail + "; shard " + worst.id() + " " + describe(worst.status()));
    }

    private static Status state(JDA.Status status, String detail) {
        return switch (status) {
            case CONNECTED -> Status.up(detail);
            case SHUTTING_DOWN, SHUTDOWN, FAILED_TO_LOGIN -> Status.fatal(detail);
            default -> Status.down(detail);
        };
    }

    private static String describe(JDA.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Whether every shard is connected now. */
    boolean connected() {
        return shards.get().stream().allMatch(Shard::connected);
    }

    /**
     * One shard as the check sees it.
     *
     * @param id the shard id
     * @param status JDA's status of its session
     * @param pingMillis the last heartbeat's round trip, or -1 before the first
     * @param guilds the guilds it has
     */
    record Shard(int id, JDA.Status status, long pingMillis, long guilds) {
        static Shard of(JDA jda) {
            return new Shard(
                    jda.getShardInfo().getShardId(),
                    jda.getStatus(),
                    jda.getGatewayPing(),
                    jda.getGuildCache().size());
        }

        boolean connected() {
            return status == JDA.Status.CONNECTED;
        }

        ObjectNode toJson() {
            return JsonNodeFactory.instance
                    .objectNode()
                    .put("id", id)
                    .put("status", status.name())
                    .put("ping_ms", pingMillis)
                    .put("guilds", guilds);
        }
    }
}
