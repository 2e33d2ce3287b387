package dev.musicbot.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IpDiscoveryTest {
    @Test
    void requestIsSeventyFourBytesWithTypeLengthAndSsrc() {
        byte[] request = IpDiscovery.request(0xDEADBEEFL);
        assertThat(request).hasSize(74);
        assertThat(Arrays.copyOf(request, 8)).containsExactly(0x00, 0x01, 0x00, 0x46, 0xDE, 0xAD, 0xBE, 0xEF);
        assertThat(IpDiscovery.isRequest(request, request.length)).isTrue();
        assertThat(IpDiscovery.isRequest(request, 73)).isFalse();
        assertThat(IpDiscovery.requestSsrc(request)).isEqualTo(0xDEADBEEFL);
    }

    @Test
    void responseHasAddressNulPaddedAndPortBigEndianInTheLastTwoBytes() {
        byte[] response = IpDiscovery.response(4242, "127.0.0.1", 53576);
        assertThat(response).hasSize(74);
        assertThat(Arrays.copyOf(response, 8)).containsExactly(0x00, 0x02, 0x00, 0x46, 0, 0, 0x10, 0x92);
        assertThat(new String(response, 8, 9, StandardCharsets.US_ASCII)).isEqualTo("127.0.0.1");
        assertThat(Arrays.copyOfRange(response, 17, 72)).containsOnly(0);
        assertThat(response[72] & 0xFF).isEqualTo(53576 >> 8);
        assertThat(response[73] & 0xFF).isEqualTo(53576 & 0xFF);
    }

    @Test
    void responseParsesBack() {
        IpDiscovery.Response parsed = IpDiscovery.parseResponse(IpDiscovery.response(7, "192.168.100.200", 65535));
        assertThat(parsed).isEqualTo(new IpDiscovery.Response(7, "192.168.100.200", 65535));
    }
}
