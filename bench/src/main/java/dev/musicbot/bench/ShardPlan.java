package dev.musicbot.bench;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.GuildBuilder;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The gateway shards of a bench run: the bot is one process of a sharded deployment that runs shards {@code 0} to
 * {@code perProcess - 1} of {@code total}, as the first process of {@code docker-compose.shards.yml} or pod 0 of
 * the StatefulSet does, and every guild of the run is on one of those shards (spread evenly).
 *
 * @param total {@code discord.shards.total}, the shard count of the whole bot (1: not sharded)
 * @param perProcess how many of them this process runs
 * @param maxConcurrency {@code GET /gateway/bot}'s {@code max_concurrency}, which paces the shards' IDENTIFYs
 */
record ShardPlan(int total, int perProcess, int maxConcurrency) {
    ShardPlan {
        if (total < 1 || perProcess < 1 || perProcess > total || maxConcurrency < 1) {
            throw new IllegalArgumentException("shards must be at least 1, shards per process between 1 and the"
                    + " shards (" + total + "), max concurrency at least 1");
        }
    }

    /** One process with one shard: the bot's default. */
    static ShardPlan single() {
        return new ShardPlan(1, 1, 1);
    }

    /** The shards this process runs. */
    List<Integer> ids() {
        return IntStream.range(0, perProcess).boxed().toList();
    }

    /** The bot settings that make the process run them; none for the default. */
    List<String> botSettings() {
        if (total == 1) {
            return List.of();
        }
        return List.of("discord.shards.total=" + total, "discord.shards.ids=0-" + (perProcess - 1));
    }

    /** A simulator that recommends {@code total} shards and allows {@code maxConcurrency} IDENTIFYs at once. */
    DiscordSimulator simulator() {
        return DiscordSimulator.builder()
                .shards(total)
                .maxConcurrency(maxConcurrency)
                .start();
    }

    /** Puts the {@code index}-th guild of a run on one of this process's shards. */
    GuildBuilder place(GuildBuilder guild, int index) {
        return total == 1 ? guild : guild.onShard(index % perProcess, total);
    }

    /** Whether every shard of this process has a session on an open socket. */
    boolean ready(DiscordSimulator sim) {
        return ids().stream().allMatch(shard -> sim.gateway().isReady(shard));
    }

    /** How the table names it. */
    String describe() {
        return total == 1
                ? "one process, one shard"
                : perProcess + " of " + total + " shards in this process (max_concurrency " + maxConcurrency + ")";
    }
}
