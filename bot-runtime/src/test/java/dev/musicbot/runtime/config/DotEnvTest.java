package dev.musicbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DotEnvTest {
    @Test
    void parsesTheUsualShapes() {
        var values = DotEnv.parse(List.of(
                "# comment",
                "BOT_TOKEN=abc",
                "export STAY_CONNECTED_24_7=true",
                "QUOTED=\"with spaces\"",
                "SINGLE='x=y'",
                "TRAILING=value # note",
                "not a pair",
                ""));
        assertThat(values)
                .containsEntry("BOT_TOKEN", "abc")
                .containsEntry("STAY_CONNECTED_24_7", "true")
                .containsEntry("QUOTED", "with spaces")
                .containsEntry("SINGLE", "x=y")
                .containsEntry("TRAILING", "value")
                .hasSize(5);
    }
}
