package dev.musicbot.runtime.command;

import static dev.musicbot.api.testkit.FakeCommandContext.ALICE;
import static dev.musicbot.api.testkit.FakeCommandContext.GUILD;
import static dev.musicbot.api.testkit.FakeCommandContext.VOICE;
import static dev.musicbot.api.testkit.FakeGuildPlayback.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.api.command.Precondition;
import dev.musicbot.api.playback.AudioFilters;
import dev.musicbot.api.playback.FilterPreset;
import dev.musicbot.api.playback.GuildPlayback;
import dev.musicbot.api.testkit.CommandRunner;
import dev.musicbot.api.testkit.FakeCommandContext;
import dev.musicbot.api.testkit.FakeGuildPlayback;
import dev.musicbot.api.testkit.Outcome;
import dev.musicbot.api.testkit.PlaybackCall;
import dev.musicbot.api.text.MessageBundle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What /filter and /eq reply, apply and refuse. */
class SoundCommandsTest {
    private final FakeGuildPlayback playback = new FakeGuildPlayback(GUILD);
    private final CommandRunner filter = CommandRunner.of(new FilterCommand());
    private final CommandRunner eq = CommandRunner.of(new EqCommand());

    @BeforeEach
    void playing() {
        playback.playing(VOICE, ALICE, track("song", 200));
    }

    private FakeCommandContext dj() {
        return FakeCommandContext.of(playback).dj(true);
    }

    private String presetLabel(String id) {
        return filter.english("command.filter.option.preset.choice." + id);
    }

    @Test
    void bothAreDjControls() {
        assertThat(filter.run(FakeCommandContext.of(playback).option("preset", "nightcore"))
                        .refusal())
                .contains(Precondition.DJ);
        assertThat(eq.run(FakeCommandContext.of(playback).option("gains", "0.1"))
                        .refusal())
                .contains(Precondition.DJ);
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void aPresetAppliesAndIsNamed() {
        assertThat(filter.run(dj().option("preset", "nightcore")).text())
                .isEqualTo(filter.english("filter.done", presetLabel("nightcore")));
        assertThat(playback.calls())
                .containsExactly(PlaybackCall.of("setFilters", AudioFilters.of(FilterPreset.NIGHTCORE)));
    }

    @Test
    void bassBoostIsMediumUnlessALevelIsGiven() {
        filter.run(dj().option("preset", "bassboost"));
        assertThat(playback.filters().level()).isEqualTo(2);
        assertThat(filter.run(dj().option("preset", "bassboost").option("level", "Extreme"))
                        .text())
                .isEqualTo(filter.english(
                        "filter.done",
                        presetLabel("bassboost") + " (" + filter.english("command.filter.option.level.choice.extreme")
                                + ")"));
        assertThat(playback.filters().level()).isEqualTo(4);
    }

    @Test
    void levelsAreForBassBoostOnlyAndMustBeKnown() {
        Outcome notBass = filter.run(dj().option("preset", "karaoke").option("level", "high"));
        assertThat(notBass.ephemeral()).isTrue();
        assertThat(notBass.text()).isEqualTo(filter.english("filter.levels-bass-only"));
        Outcome unknown = filter.run(dj().option("preset", "bassboost").option("level", "eleven"));
        assertThat(unknown.text()).isEqualTo(filter.english("filter.level-usage", "low, medium, high, extreme"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void anUnknownPresetListsTheKnownOnes() {
        Outcome outcome = filter.run(dj().option("preset", "chipmunk"));
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text())
                .isEqualTo(filter.english(
                        "filter.pick", "off, bassboost, nightcore, vaporwave, karaoke, 8d, tremolo, vibrato, lowpass"));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void offTurnsEveryEffectOff() {
        filter.run(dj().option("preset", "vaporwave"));
        eq.run(dj().option("gains", "0.3"));
        assertThat(filter.run(dj().option("preset", "off")).text()).isEqualTo(filter.english("filter.off"));
        assertThat(playback.filters()).isEqualTo(AudioFilters.NONE);
    }

    @Test
    void aPresetKeepsTheEqualizerAndTheLabelSaysBoth() {
        eq.run(dj().option("gains", "0.3"));
        assertThat(filter.run(dj().option("preset", "tremolo")).text())
                .isEqualTo(filter.english("filter.done", presetLabel("tremolo") + " + EQ"));
        assertThat(playback.filters().equalizer()).first().isEqualTo(0.3);
    }

    @Test
    void eqSetsTheGivenBandsAndFlattensTheRest() {
        Outcome outcome = eq.run(dj().option("gains", "0.2, 0.1"));
        assertThat(outcome.ephemeral()).isFalse();
        assertThat(outcome.text()).isEqualTo(eq.english("eq.show", "25 Hz +0.20 · 40 Hz +0.10"));
        List<Double> expected = new java.util.ArrayList<>(List.of(0.2, 0.1));
        expected.addAll(Collections.nCopies(AudioFilters.BANDS - 2, 0.0));
        assertThat(playback.filters().equalizer()).isEqualTo(expected);
    }

    @Test
    void eqWithoutGainsShowsTheCurrentSettingToTheCallerOnly() {
        Outcome outcome = eq.run(dj());
        assertThat(outcome.ephemeral()).isTrue();
        assertThat(outcome.text()).isEqualTo(eq.english("eq.show", eq.english("eq.flat")));
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void eqResetFlattens() {
        eq.run(dj().option("gains", "0.5"));
        assertThat(eq.run(dj().option("gains", "reset")).text())
                .isEqualTo(eq.english("eq.show", eq.english("eq.flat")));
        assertThat(playback.filters().equalizer()).isEmpty();
    }

    @Test
    void eqRefusesTooManyBandsNonNumbersAndGainsOutOfRange() {
        Outcome tooMany = eq.run(dj().option("gains", String.join(" ", Collections.nCopies(16, "0.1"))));
        assertThat(tooMany.ephemeral()).isTrue();
        assertThat(tooMany.text()).isEqualTo(eq.english("eq.too-many", 15, 16));
        assertThat(eq.run(dj().option("gains", "0.1 loud")).text()).isEqualTo(eq.english("eq.not-a-number", "loud"));
        for (String bad : List.of("1.5", "-0.3", "2")) {
            assertThat(eq.run(dj().option("gains", bad)).text())
                    .as(bad)
                    .isEqualTo(eq.english("eq.range", AudioFilters.MIN_GAIN, AudioFilters.MAX_GAIN));
        }
        assertThat(playback.asked()).isEmpty();
    }

    @Test
    void aPlayerWithoutFiltersRefusesPolitely() {
        FakeGuildPlayback bare = FakeGuildPlayback.basic(GUILD).playing(VOICE, ALICE, track("song", 200));
        String unavailable = MessageBundle.of(GuildPlayback.class).text(Locale.ROOT, "unavailable.filters");
        Outcome preset = filter.run(FakeCommandContext.of(bare).dj(true).option("preset", "nightcore"));
        assertThat(preset.ephemeral()).isTrue();
        assertThat(preset.text()).isEqualTo(unavailable);
        assertThat(eq.run(FakeCommandContext.of(bare).dj(true).option("gains", "0.1"))
                        .text())
                .isEqualTo(unavailable);
        assertThat(bare.filters()).isEqualTo(AudioFilters.NONE);
    }
}
