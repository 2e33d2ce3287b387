package dev.musicbot.testkit.voice.dave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MlsCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        "0, 00",
        "37, 25",
        "63, 3f",
        "64, 4040",
        "15293, 7bbd",
        "16383, 7fff",
        "16384, 80004000",
        "494878333, 9d7f3e7d",
        "1073741823, bfffffff"
    })
    void varintsUseTheShortestHeader(int value, String hex) {
        // 37, 15293 and 494878333 are RFC 9000 §A.1's examples, which MLS's header shares (RFC 9420 §2.1.2).
        assertThat(HEX.formatHex(new MlsWriter().varint(value).toByteArray())).isEqualTo(hex);
        assertThat(new MlsReader(HEX.parseHex(hex)).varint()).isEqualTo(value);
    }

    @Test
    void varintsRejectLongerHeadersAndTheEightBytePrefix() {
        assertThatThrownBy(() -> new MlsReader(HEX.parseHex("4025")).varint())
                .isInstanceOf(MlsFormatException.class)
                .hasMessageContaining("not minimally encoded");
        assertThatThrownBy(() -> new MlsReader(HEX.parseHex("80000040")).varint())
                .isInstanceOf(MlsFormatException.class);
        assertThatThrownBy(() -> new MlsReader(HEX.parseHex("c000000000000001")).varint())
                .isInstanceOf(MlsFormatException.class)
                .hasMessageContaining("invalid vector length header");
        assertThatThrownBy(() -> new MlsWriter().varint(1 << 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integersAreBigEndian() {
        byte[] bytes =
                new MlsWriter().u8(0xAB).u16(0x0102).u32(0xFFFF_FFFEL).u64(-1L).toByteArray();
        assertThat(HEX.formatHex(bytes)).isEqualTo("ab0102fffffffeffffffffffffffff");
        MlsReader in = new MlsReader(bytes);
        assertThat(in.u8()).isEqualTo(0xAB);
        assertThat(in.u16()).isEqualTo(0x0102);
        assertThat(in.u32()).isEqualTo(0xFFFF_FFFEL);
        assertThat(in.u64()).isEqualTo(-1L);
        in.expectEnd();
    }

    @Test
    void vectorsCarryTheirLengthAndNest() {
        byte[] bytes = new MlsWriter()
                .vector(items -> items.opaque(new byte[] {1, 2}).opaque(new byte[70]))
                .u8(9)
                .toByteArray();
        // 1 + 2 bytes, then a 2-byte header and 70 bytes: 75 bytes inside a 2-byte header.
        assertThat(HEX.formatHex(bytes, 0, 5)).isEqualTo("404b020102");
        MlsReader in = new MlsReader(bytes);
        MlsReader items = in.vector();
        assertThat(items.opaque()).containsExactly(1, 2);
        assertThat(items.opaque()).hasSize(70);
        assertThat(items.hasRemaining()).isFalse();
        assertThat(in.u8()).isEqualTo(9);
        in.expectEnd();
    }

    @Test
    void truncatedInputAndTrailingBytesAreErrors() {
        assertThatThrownBy(() -> new MlsReader(HEX.parseHex("05010203")).opaque())
                .isInstanceOf(MlsFormatException.class)
                .hasMessageContaining("needs 5 more bytes");
        assertThatThrownBy(() -> new MlsReader(HEX.parseHex("00")).u16()).isInstanceOf(MlsFormatException.class);
        MlsReader in = new MlsReader(HEX.parseHex("0001"));
        in.u8();
        assertThatThrownBy(in::expectEnd).hasMessageContaining("1 unexpected trailing bytes");
    }
}
