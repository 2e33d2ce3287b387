package dev.musicbot.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.JDA;
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
        GatewayCheck check = new GatewayCheck(() -> status);
        assertThat(check.check()).isEqualTo(new HealthCheck.Status(expected, detail));
        assertThat(check.connected()).isEqualTo(status == JDA.Status.CONNECTED);
    }
}
