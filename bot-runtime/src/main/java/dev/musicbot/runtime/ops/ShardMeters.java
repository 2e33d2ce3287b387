package dev.musicbot.runtime.ops;

import dev.musicbot.runtime.discord.DiscordView;
import dev.musicbot.runtime.discord.ShardStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * One series per shard this process runs, tagged {@code shard}: {@code musicbot_shard_connected} (1 when its
 * gateway session is connected), {@code musicbot_shard_gateway_ping_seconds} (the last heartbeat's round trip)
 * and {@code musicbot_shard_guilds}.
 */
final class ShardMeters {
    private ShardMeters() {}

    static void bind(Metrics metrics, DiscordView discord) {
        MeterRegistry registry = metrics.registry();
        for (ShardStatus shard : discord.shards()) {
            int id = shard.id();
            gauge(
                    registry,
                    discord,
                    id,
                    "musicbot.shard.connected",
                    "1 when the shard's gateway session is connected",
                    now -> now.connected() ? 1 : 0);
            gauge(
                    registry,
                    discord,
                    id,
                    "musicbot.shard.gateway.ping.seconds",
                    "The shard's last heartbeat round trip",
                    now -> now.pingMillis() < 0 ? Double.NaN : now.pingMillis() / 1000.0);
            gauge(registry, discord, id, "musicbot.shard.guilds", "Guilds the shard has", ShardStatus::guilds);
        }
    }

    private static void gauge(
            MeterRegistry registry,
            DiscordView discord,
            int id,
            String name,
            String help,
            ToDoubleFunction<ShardStatus> value) {
        Gauge.builder(name, discord, d -> d.shard(id).map(value::applyAsDouble).orElse(Double.NaN))
                .description(help)
                .tag("shard", Integer.toString(id))
                .strongReference(true)
                .register(registry);
    }
}
