package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JDA's status: up when connected, down on its way back, fatal once JDA has given up. */
class GatewayCheckTest {
    @ParameterizedTest
    @CsvSource({
        "CONNECTED, UP, connected",
        "DISCONNECTED, DOWN, disconnected",
        "WAITING_TO_RECONNECT, DOWN, waiting to reconnect",
        "ATTEMPTING_TO_RECONNECT, DOWN, attempting to reconnect",
        "RECONNECT_QUEUED, DOWN, reconnect queued",
        "IDENTIFYING_SESSION, DOWN, identifying session",
        "LOADING_SUBSYSTEMS, DOWN, loading subsystems",
        "SHUTTING_DOWN, FATAL, shutting down",
        "SHUTDOWN, FATAL, shutdown",
        "FAILED_TO_LOGIN, FATAL, failed to login"
    })
    void mapsJdaStatus(JDA.Status status, HealthCheck.State expected, String detail) {
        GatewayCheck check = GatewayCheck.of(() -> status);
        HealthCheck.Status now = check.check();
        assertThat(now.state()).isEqualTo(expected);
        assertThat(now.detail()).isEqualTo(detail);
        assertThat(now.data().path("shards").path(0).path("status").asText()).isEqualTo(status.name());
        assertThat(check.connected()).isEqualTo(status == JDA.Status.CONNECTED);
    }

    @Test
    void severalShardsAreUpOnlyWhenEveryOneIsConnected() {
        List<GatewayCheck.Shard> shards = new ArrayList<>(List.of(
                new GatewayCheck.Shard(0, JDA.Status.CONNECTED, 42, 3),
                new GatewayCheck.Shard(1, JDA.Status.CONNECTED, 40, 2)));
        GatewayCheck check = new GatewayCheck(() -> List.copyOf(shards));
        assertThat(check.check()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(HealthCheck.State.UP);
            assertThat(s.detail()).isEqualTo("2 of 2 shards connected");
            assertThat(s.data().path("shards").path(1).path("ping_ms").asLong()).isEqualTo(40);
            assertThat(s.data().path("shards").path(0).path("guilds").asLong()).isEqualTo(3);
        });

        shards.set(1, new GatewayCheck.Shard(1, JDA.Status.WAITING_TO_RECONNECT, 40, 2));
        assertThat(check.check().state()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(check.check().detail()).isEqualTo("1 of 2 shards connected; shard 1 waiting to reconnect");
        assertThat(check.connected()).isFalse();

        shards.set(0, new GatewayCheck.Shard(0, JDA.Status.SHUTDOWN, 42, 3));
        assertThat(check.check().state()).isEqualTo(HealthCheck.State.FATAL);
        assertThat(check.check().detail()).isEqualTo("0 of 2 shards connected; shard 0 shutdown");
    }
}
