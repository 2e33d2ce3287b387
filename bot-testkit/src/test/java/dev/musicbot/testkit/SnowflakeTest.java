package dev.musicbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnowflakeTest {
    @Test
    void encodesTheCurrentTime() {
        String id = Snowflake.next();
        assertThat(Snowflake.timestamp(id)).isCloseTo(Instant.now(), within(2, ChronoUnit.SECONDS));
        assertThat(id).hasSizeBetween(18, 20).containsOnlyDigits();
    }

    @Test
    void decodesAKnownId() {
        // (1700000000000 - 1420070400000) << 22
        assertThat(Snowflake.timestamp("1174109840998400000")).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void isUniqueAndIncreasing() {
        Set<String> ids = new HashSet<>();
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            String id = Snowflake.next();
            assertThat(Long.parseUnsignedLong(id)).isGreaterThan(previous);
            previous = Long.parseUnsignedLong(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
