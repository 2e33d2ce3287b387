package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.runtime.config.ConfigException.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code discord.shards}: totals, ranges and lists, and what is wrong with a bad one. */
class ShardPlanTest {
    @Test
    void theDefaultIsOneShardOfOne() {
        ShardPlan plan = ShardPlan.parse("1", List.of());
        assertThat(plan).isEqualTo(ShardPlan.single());
        assertThat(plan.idsOf(1)).containsExactly(0);
    }

    @Test
    void rangesAndListsMayBeMixed() {
        assertThat(ShardPlan.parse("8", List.of("0-2", "5")).ids()).containsExactly(0, 1, 2, 5);
        assertThat(ShardPlan.parse("8", List.of("6-7,1")).ids()).containsExactly(1, 6, 7);
        assertThat(ShardPlan.describe(List.of(0, 1, 2, 5, 7, 8))).isEqualTo("0-2,5,7-8");
    }

    @Test
    void autoRunsEveryShardDiscordRecommends() {
        ShardPlan plan = ShardPlan.parse("AUTO", List.of());
        assertThat(plan.auto()).isTrue();
        assertThat(plan.idsOf(3)).containsExactly(0, 1, 2);
    }

    @Test
    void guildsRouteAsDiscordDoes() {
        long guild = 197_038_439_483_310_086L; // (id >> 22) = 46977251406
        assertThat(ShardPlan.shardOf(guild, 1)).isZero();
        assertThat(ShardPlan.shardOf(guild, 4)).isEqualTo((int) ((guild >> 22) % 4));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4 | 3-5 | discord.shards.ids: shard 5 is outside 0-3 (discord.shards.total is 4)",
                "4 | 3-1 | discord.shards.ids: '3-1' runs backwards (write the lower shard first)",
                "4 | 0-x | discord.shards.ids: '0-x' is not a shard number or range (write 2, 0-3 or a list such as"
                        + " 0-1,4)",
                "4 | 0-1,1 | discord.shards.ids: shard 1 is listed twice",
                "0 | '' | discord.shards.total: must be a number of shards (1 or more) or 'auto', got '0'",
                "many | '' | discord.shards.total: must be a number of shards (1 or more) or 'auto', got 'many'",
            })
    void aBadSettingNamesTheKeyAndTheProblem(String total, String ids, String problem) {
        List<ConfigProblem> problems = new ArrayList<>();
        ShardPlan.parse(total, ids.isEmpty() ? List.of() : List.of(ids), problems);
        assertThat(problems).extracting(ConfigProblem::toString).containsExactly(problem);
    }

    @Test
    void autoWithIdsIsRefusedBecauseProcessesCouldDisagree() {
        assertThatThrownBy(() -> ShardPlan.parse("auto", List.of("0-1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("discord.shards.ids: needs a fixed discord.shards.total");
    }
}
