package dev.musicbot.runtime.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.source.BlockedAddressException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
    private final AddressGuard strict = new AddressGuard(List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.10",
                "169.254.169.254",
                "0.0.0.0",
                "224.0.0.1",
                "100.64.0.1",
                "::1",
                "fd00::1",
                "fe80::1"
            })
    void privateLoopbackLinkLocalAndMulticastAreRefused(String address) {
        assertThat(strict.allows("host", InetAddress.ofLiteral(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "151.101.1.1", "2606:4700::1111"})
    void publicAddressesAreAllowed(String address) {
        assertThat(strict.allows("host", InetAddress.ofLiteral(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0x7f.1", "0x7f000001", "127.1", "2130706433", "0", "012.0.0.1"})
    void numericHostsAreReadAsTheCLibraryReadsThem(String host) {
        assertThatThrownBy(() -> strict.resolve(host)).isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void aDecimalLookingPublicAddressStaysPublic() throws Exception {
        assertThat(strict.resolve("177.0.0.1")).containsExactly(InetAddress.ofLiteral("177.0.0.1"));
    }

    @Test
    void allowListAcceptsCidrRangesAndHostNames() {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.0/8", "media.lan", "10.0.0.5"));
        assertThat(guard.allows("x", InetAddress.ofLiteral("127.4.5.6"))).isTrue();
        assertThat(guard.allows("x", InetAddress.ofLiteral("10.0.0.5"))).isTrue();
        assertThat(guard.allows("x", InetAddress.ofLiteral("10.0.0.6"))).isFalse();
        assertThat(guard.allows("media.lan", InetAddress.ofLiteral("192.168.1.2")))
                .isTrue();
    }

    @Test
    void resolutionIsChecked() {
        assertThatThrownBy(() -> strict.resolve("localhost"))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("sources.http.allow");
    }
}
