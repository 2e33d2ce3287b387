package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.discord.ShardStatus;
import dev.musicbot.runtime.discord.ShardStatus.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Up when every shard is connected, down while one is on its way back, fatal once one has ended. */
class GatewayCheckTest {
    @ParameterizedTest
    @CsvSource({
        "CONNECTED, CONNECTED, UP, connected",
        "WAITING_TO_RECONNECT, CONNECTING, DOWN, waiting to reconnect",
        "FAILED_TO_LOGIN, ENDED, FATAL, failed to login"
    })
    void oneShardIsTheCheck(String status, Phase phase, HealthCheck.State expected, String detail) {
        GatewayCheck check = new GatewayCheck(() -> List.of(new ShardStatus(0, status, phase, -1, 0)));
        HealthCheck.Status now = check.check();
        assertThat(now.state()).isEqualTo(expected);
        assertThat(now.detail()).isEqualTo(detail);
        assertThat(now.data().path("shards").path(0).path("status").asText()).isEqualTo(status);
        assertThat(check.connected()).isEqualTo(phase == Phase.CONNECTED);
    }

    @Test
    void severalShardsAreUpOnlyWhenEveryOneIsConnected() {
        List<ShardStatus> shards = new ArrayList<>(List.of(
                new ShardStatus(0, "CONNECTED", Phase.CONNECTED, 42, 3),
                new ShardStatus(1, "CONNECTED", Phase.CONNECTED, 40, 2)));
        GatewayCheck check = new GatewayCheck(() -> List.copyOf(shards));
        assertThat(check.check()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(HealthCheck.State.UP);
            assertThat(s.detail()).isEqualTo("2 of 2 shards connected");
            assertThat(s.data().path("shards").path(1).path("ping_ms").asLong()).isEqualTo(40);
            assertThat(s.data().path("shards").path(0).path("guilds").asLong()).isEqualTo(3);
        });

        shards.set(1, new ShardStatus(1, "WAITING_TO_RECONNECT", Phase.CONNECTING, 40, 2));
        assertThat(check.check().state()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(check.check().detail()).isEqualTo("1 of 2 shards connected; shard 1 waiting to reconnect");
        assertThat(check.connected()).isFalse();

        shards.set(0, new ShardStatus(0, "SHUTDOWN", Phase.ENDED, 42, 3));
        assertThat(check.check().state()).isEqualTo(HealthCheck.State.FATAL);
        assertThat(check.check().detail()).isEqualTo("0 of 2 shards connected; shard 0 shutdown");
    }
}
