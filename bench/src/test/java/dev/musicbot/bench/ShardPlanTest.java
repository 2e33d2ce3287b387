package dev.musicbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardPlanTest {
    @Test
    void theDefaultGivesTheBotNoShardSettings() {
        assertThat(ShardPlan.single().botSettings()).isEmpty();
        assertThat(ShardPlan.single().ids()).containsExactly(0);
    }

    @Test
    void aProcessRunsTheFirstShardsOfTheTotal() {
        ShardPlan plan = new ShardPlan(4, 2, 1);
        assertThat(plan.ids()).containsExactly(0, 1);
        assertThat(plan.botSettings()).containsExactly("discord.shards.total=4", "discord.shards.ids=0-1");
        assertThat(plan.describe()).isEqualTo("2 of 4 shards in this process (max_concurrency 1)");
    }

    @Test
    void aProcessCannotRunMoreShardsThanTheBotHas() {
        assertThatThrownBy(() -> new ShardPlan(2, 3, 1)).hasMessageContaining("between 1 and the shards (2)");
        assertThatThrownBy(() -> new ShardPlan(2, 1, 0)).hasMessageContaining("max concurrency");
    }
}
