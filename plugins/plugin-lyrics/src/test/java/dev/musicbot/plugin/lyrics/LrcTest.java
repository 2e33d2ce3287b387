package dev.musicbot.plugin.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LrcTest {
    @Test
    void readsTimedLinesInOrderAndSkipsMetadata() {
        List<LrcLine> lines = Lrc.parse("""
                [ar:Someone]
                [ti:A Song]
                [00:01.00]First line
                [00:02.5]Second line
                [01:03.123]Third line
                not a line
                """);

        assertThat(lines)
                .containsExactly(
                        new LrcLine(Duration.ofMillis(1000), "First line"),
                        new LrcLine(Duration.ofMillis(2500), "Second line"),
                        new LrcLine(Duration.ofMillis(63_123), "Third line"));
    }

    @Test
    void aLineWithSeveralTagsIsSungEachTimeAndEmptyLinesAreGaps() {
        List<LrcLine> lines = Lrc.parse("[00:10.00][00:30.00]Chorus\n[00:20.00]\n[00:05.00]Verse");

        assertThat(lines).extracting(LrcLine::text).containsExactly("Verse", "Chorus", "", "Chorus");
        assertThat(lines).extracting(l -> l.at().toMillis()).containsExactly(5000L, 10_000L, 20_000L, 30_000L);
    }

    @Test
    void anOffsetShiftsEveryLineEarlierButNeverBeforeTheStart() {
        List<LrcLine> lines = Lrc.parse("[offset:+500]\n[00:00.20]Early\n[00:02.00]Later");

        assertThat(lines).extracting(l -> l.at().toMillis()).containsExactly(0L, 1500L);
    }

    @Test
    void theLineSungIsTheLastThatStarted() {
        List<LrcLine> lines = Lrc.parse("[00:01.00]a\n[00:02.00]b\n[00:03.00]c");

        assertThat(Lrc.lineAt(lines, Duration.ofMillis(500))).isEqualTo(-1);
        assertThat(Lrc.lineAt(lines, Duration.ofMillis(1000))).isZero();
        assertThat(Lrc.lineAt(lines, Duration.ofMillis(2999))).isEqualTo(1);
        assertThat(Lrc.lineAt(lines, Duration.ofMinutes(5))).isEqualTo(2);
    }

    @Test
    void theTextHasNoTimestamps() {
        assertThat(Lrc.text(Lrc.parse("[00:01.00]a\n[00:02.00]b"))).isEqualTo("a\nb");
        assertThat(Lrc.parse("just words, no tags")).isEmpty();
    }
}
