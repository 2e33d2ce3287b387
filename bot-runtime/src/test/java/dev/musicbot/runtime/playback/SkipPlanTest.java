package dev.musicbot.runtime.playback;

import static dev.musicbot.api.playback.SegmentCategory.INTRO;
import static dev.musicbot.api.playback.SegmentCategory.OUTRO;
import static dev.musicbot.api.playback.SegmentCategory.SELFPROMO;
import static dev.musicbot.api.playback.SegmentCategory.SPONSOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SkipSegment;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkipPlanTest {

    private static SkipSegment segment(double from, double to, SegmentCategory category) {
        return new SkipSegment(
                Duration.ofMillis(Math.round(from * 1000)), Duration.ofMillis(Math.round(to * 1000)), category);
    }

    @Test
    void overlappingAndAdjacentSegmentsMergeInAnyOrder() {
        List<SkipPlan.Span> spans = SkipPlan.merge(List.of(
                segment(100, 120, OUTRO),
                segment(12.5, 30.1, SPONSOR),
                segment(25, 40, SELFPROMO),
                segment(40.5, 45, SPONSOR),
                segment(0, 5, INTRO)));

        assertThat(spans)
                .containsExactly(
                        new SkipPlan.Span(0, 5000, Set.of(INTRO)),
                        new SkipPlan.Span(12_500, 45_000, Set.of(SPONSOR, SELFPROMO)),
                        new SkipPlan.Span(100_000, 120_000, Set.of(OUTRO)));
    }

    @Test
    void segmentsFurtherApartThanTheGapStaySeparate() {
        assertThat(SkipPlan.merge(List.of(segment(10, 20, SPONSOR), segment(21.5, 30, SPONSOR))))
                .hasSize(2);
        assertThat(SkipPlan.merge(List.of(segment(10, 20, SPONSOR), segment(12, 15, SPONSOR))))
                .containsExactly(new SkipPlan.Span(10_000, 20_000, Set.of(SPONSOR)));
        assertThat(SkipPlan.merge(List.of())).isEmpty();
    }

    @Test
    void aFrameThatTouchesASpanAtAllIsInIt() {
        SkipPlan plan = SkipPlan.of(List.of(segment(2, 4, SPONSOR)));

        assertThat(plan.indexAt(1960, 20)).isEqualTo(-1);
        assertThat(plan.indexAt(1980, 20))
                .as("ends exactly where the span starts")
                .isEqualTo(-1);
        assertThat(plan.indexAt(1990, 20)).isZero();
        assertThat(plan.indexAt(3990, 20)).isZero();
        assertThat(plan.indexAt(4000, 20))
                .as("may hold the span's last milliseconds")
                .isZero();
        assertThat(plan.indexAt(4020, 20)).isEqualTo(-1);
    }

    @Test
    void aSpanIsAnnouncedOnceAndSoughtAgainOnlyWhenPlaybackWentBackIntoIt() {
        SkipPlan plan = SkipPlan.of(List.of(segment(2, 4, SPONSOR)));

        assertThat(plan.announce(0)).isTrue();
        assertThat(plan.announce(0)).isFalse();
        assertThat(plan.shouldSeek(0, 2000)).isTrue();
        assertThat(plan.shouldSeek(0, 2020))
                .as("frames buffered before the seek")
                .isFalse();
        assertThat(plan.shouldSeek(0, 3500)).as("a seek that landed short").isFalse();
        assertThat(plan.shouldSeek(0, 2000)).as("repeated from the start").isTrue();
        assertThat(plan.shouldSeek(0, 1990)).isTrue();
        assertThat(plan.shouldSeek(0, 1980)).as("at most three seeks").isFalse();
    }

    @Test
    void noticesNameTheCategoriesAndTheStretch() {
        assertThat(SkipNotices.skipped(Set.of(SPONSOR), 12_500, 30_100).toString())
                .isEqualTo("Skipped a sponsor segment (0:12-0:30).");
        assertThat(SkipNotices.skipped(Set.of(SELFPROMO, INTRO, SPONSOR), 0, 3_725_000)
                        .toString())
                .isEqualTo("Skipped a sponsor, intro and self-promotion segment (0:00-1:02:05).");
    }
}
