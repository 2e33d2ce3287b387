package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.discord.ShardStatus.Phase;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JDA's status: connected, on its way back (it reconnects by itself), or ended for good. */
class ShardStatusTest {
    @ParameterizedTest
    @CsvSource({
        "CONNECTED, CONNECTED, connected",
        "DISCONNECTED, CONNECTING, disconnected",
        "WAITING_TO_RECONNECT, CONNECTING, waiting to reconnect",
        "ATTEMPTING_TO_RECONNECT, CONNECTING, attempting to reconnect",
        "RECONNECT_QUEUED, CONNECTING, reconnect queued",
        "IDENTIFYING_SESSION, CONNECTING, identifying session",
        "LOADING_SUBSYSTEMS, CONNECTING, loading subsystems",
        "SHUTTING_DOWN, ENDED, shutting down",
        "SHUTDOWN, ENDED, shutdown",
        "FAILED_TO_LOGIN, ENDED, failed to login"
    })
    void mapsJdaStatus(JDA.Status status, Phase phase, String described) {
        ShardStatus shard = ShardStatus.of(3, status, 42, 7);
        assertThat(shard.phase()).isEqualTo(phase);
        assertThat(shard.status()).isEqualTo(status.name());
        assertThat(shard.describe()).isEqualTo(described);
        assertThat(shard.connected()).isEqualTo(status == JDA.Status.CONNECTED);
        assertThat(shard.id()).isEqualTo(3);
        assertThat(shard.pingMillis()).isEqualTo(42);
        assertThat(shard.guilds()).isEqualTo(7);
    }
}
