package dev.musicbot.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.musicbot.api.playback.RepeatMode;
import org.junit.jupiter.api.Test;

class GuildSettingsTest {

    @Test
    void defaultsAreFullVolumeNoRepeatNoDjRole() {
        assertThat(GuildSettings.DEFAULTS).isEqualTo(new GuildSettings(100, RepeatMode.OFF, false, null));
    }

    @Test
    void withersChangeOneField() {
        GuildSettings changed = GuildSettings.DEFAULTS
                .withVolume(0)
                .withRepeat(RepeatMode.TRACK)
                .withStay247(true)
                .withDjRoleId("123");
        assertThat(changed).isEqualTo(new GuildSettings(0, RepeatMode.TRACK, true, "123"));
        assertThat(changed.withDjRoleId(null).djRoleId()).isNull();
    }

    @Test
    void rejectsOutOfRangeVolumeAndNonSnowflakeRole() {
        assertThatThrownBy(() -> GuildSettings.DEFAULTS.withVolume(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuildSettings.DEFAULTS.withVolume(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuildSettings.DEFAULTS.withDjRoleId("12a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuildSettings.DEFAULTS.withDjRoleId("99999999999999999999"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateOnlyHoldsTheCurrentSchema() {
        assertThatThrownBy(() -> new GuildState(2, GuildSettings.DEFAULTS, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GuildState.DEFAULTS.schemaVersion()).isEqualTo(GuildState.SCHEMA_VERSION);
    }
}
