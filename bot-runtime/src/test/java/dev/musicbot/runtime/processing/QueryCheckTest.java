package dev.musicbot.runtime.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.source.TrackQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which input is refused before any lookup, and what the member is told. */
class QueryCheckTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://host:99999/x.m3u | port 99999 is not a port",
                "http://host:65536/a.ogg | port 65536 is not a port",
                "https://host:0/a.ogg | port 0 is not a port",
                "http://host:4294967297/a.ogg | port 4294967297 is not a port",
                "http://exa mple.com/a.ogg | not valid",
                "http:///a.ogg | no host name",
                "https://a_b!/x | host name is not valid",
                "http://0x7f.1:8080/a.ogg | host name is not valid",
                "http://ｌｏｃａｌｈｏｓｔ:8080/a.ogg | host name is not valid",
            })
    void invalidLinksAreRefusedWithTheReason(String input, String reason) {
        assertThat(QueryCheck.problem(new TrackQuery(input)))
                .hasValueSatisfying(text -> assertThat(text.toString()).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "song\nname", "http://host/a\u0007.ogg", "x\u007f"})
    void controlCharactersAreRefused(String input) {
        assertThat(QueryCheck.problem(new TrackQuery(input)))
                .hasValueSatisfying(text -> assertThat(text.toString()).contains("control character"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u200b\u200b", "\u3000 \ufeff", "\u2007\u202f"})
    void textOfOnlySpacesAndInvisibleCharactersIsRefused(String input) {
        assertThat(QueryCheck.problem(new TrackQuery(input)))
                .hasValueSatisfying(text -> assertThat(text.toString()).contains("only spaces"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lofi hip hop",
                "Beyoncé – Halo",
                "http://127.0.0.1:8080/a.ogg",
                "https://[::1]:443/x",
                "ytsearch:never gonna",
                "東京 音楽"
            })
    void ordinaryInputPasses(String input) {
        assertThat(QueryCheck.problem(new TrackQuery(input))).isEmpty();
    }
}
