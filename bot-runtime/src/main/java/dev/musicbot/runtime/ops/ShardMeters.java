package dev.musicbot.runtime.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * One series per shard this process runs, tagged {@code shard}: {@code musicbot_shard_connected} (1 when its
 * gateway session is connected), {@code musicbot_shard_gateway_ping_seconds} (the last heartbeat's round trip)
 * and {@code musicbot_shard_guilds}.
 */
final class ShardMeters {
    private ShardMeters() {}

    static void bind(Metrics metrics, ShardManager shards) {
        MeterRegistry registry = metrics.registry();
        for (JDA shard : shards.getShards()) {
            int id = shard.getShardInfo().getShardId();
            gauge(
                    registry,
                    shards,
                    id,
                    "musicbot.shard.connected",
                    "1 when the shard's gateway session is connected",
                    jda -> jda.getStatus() == JDA.Status.CONNECTED ? 1 : 0);
            gauge(
                    registry,
                    shards,
                    id,
                    "musicbot.shard.gateway.ping.seconds",
                    "The shard's last heartbeat round trip",
                    jda -> jda.getGatewayPing() < 0 ? Double.NaN : jda.getGatewayPing() / 1000.0);
            gauge(registry, shards, id, "musicbot.shard.guilds", "Guilds the shard has", jda -> jda.getGuildCache()
                    .size());
        }
    }

    private static void gauge(
            MeterRegistry registry,
            ShardManager shards,
            int id,
            String name,
            String help,
            ToDoubleFunction<JDA> value) {
        Gauge.builder(name, shards, s -> {
                    JDA jda = s.getShardById(id);
                    return jda == null ? Double.NaN : value.applyAsDouble(jda);
                })
                .description(help)
                .tag("shard", Integer.toString(id))
                .strongReference(true)
                .register(registry);
    }
}
