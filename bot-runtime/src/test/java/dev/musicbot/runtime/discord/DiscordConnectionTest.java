package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** How a login that cannot reach Discord is reported (JDA wraps the network error). */
class DiscordConnectionTest {
    private static final String REST = "https://discord.com/api/v10/";

    @Test
    void anUnresolvableHostIsOneLineNamingTheHost() {
        var failure =
                new RuntimeException("-1: java.net.UnknownHostException", new UnknownHostException("discord.com"));

        assertThat(DiscordConnection.unreachable(REST, failure)).hasValueSatisfying(e -> assertThat(e.getMessage())
                .isEqualTo("cannot reach Discord at " + REST
                        + " (cannot resolve discord.com): check the network, DNS and any proxy")
                .doesNotContain("\n"));
    }

    @Test
    void aRefusedConnectionDeepInTheChainIsFound() {
        var failure = new IllegalStateException(
                "login failed",
                new RuntimeException("-1: java.net.ConnectException", new ConnectException("Connection refused")));

        assertThat(DiscordConnection.unreachable(REST, failure))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).contains("(Connection refused)"));
    }

    @Test
    void aFailureWithoutANetworkCauseIsNotCalledUnreachable() {
        assertThat(DiscordConnection.unreachable(REST, new IllegalStateException("bug")))
                .isEmpty();
    }
}
