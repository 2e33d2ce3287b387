package dev.musicbot.plugin.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.playback.SegmentCategory;
import dev.musicbot.api.playback.SegmentSkipping;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SponsorBlockCommandTest {

    @Test
    void theDefaultSkipsWhatIsNeverTheMusic() {
        assertThat(SegmentSkipping.DEFAULT.active()).isTrue();
        assertThat(SegmentSkipping.DEFAULT.categories())
                .containsExactlyInAnyOrder(
                        SegmentCategory.MUSIC_OFFTOPIC, SegmentCategory.SPONSOR, SegmentCategory.SELFPROMO);
        assertThat(new SegmentSkipping(true, EnumSet.noneOf(SegmentCategory.class)).active())
                .isFalse();
    }

    @Test
    void categoriesAreDescribedInTheirOrderWithTheirIds() {
        assertThat(SponsorBlockCommand.describe(
                        EnumSet.of(SegmentCategory.OUTRO, SegmentCategory.MUSIC_OFFTOPIC), Locale.ROOT))
                .isEqualTo("non-music (`music_offtopic`), outro (`outro`)");
        assertThat(SponsorBlockCommand.describe(EnumSet.of(SegmentCategory.SPONSOR), Locale.forLanguageTag("vi")))
                .isEqualTo("quảng cáo tài trợ (`sponsor`)");
        assertThat(SponsorBlockCommand.describe(EnumSet.noneOf(SegmentCategory.class), Locale.ROOT))
                .isEqualTo("no");
        assertThat(SegmentCategory.parse(" Self-Promo ")).isEmpty();
        assertThat(SegmentCategory.parse(" SELFPROMO ")).contains(SegmentCategory.SELFPROMO);
        assertThat(SegmentCategory.parse("music-offtopic")).contains(SegmentCategory.MUSIC_OFFTOPIC);
    }
}
