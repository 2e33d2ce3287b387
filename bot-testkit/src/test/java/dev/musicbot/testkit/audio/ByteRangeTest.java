package dev.musicbot.testkit.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void parsesTheSingleRangeForms() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 99)));
        assertThat(ByteRange.parse("bytes=900-", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=-100", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=990-2000", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(990, 999)));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 999)));
    }

    @Test
    void unsatisfiableAndIgnoredRanges() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse("bytes=-0", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse(null, 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=5-1", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("items=0-1", 1000)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void formatsContentRange() {
        assertThat(new ByteRange(10, 19).contentRange(100)).isEqualTo("bytes 10-19/100");
        assertThat(new ByteRange(10, 19).length()).isEqualTo(10);
    }
}
