package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text option made only of spaces (Discord sends what the member typed) is asked for again, end to end, instead of
 * the generic apology: /aplay and /search.
 */
class BlankOptionsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        sim = DiscordSimulator.start();
        guild = sim.guild("Blank Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private SimMessage reply(String command, String option, String value) {
        return sim.slash(guild, "alice", command, Map.of(option, value)).awaitResponse(WAIT);
    }

    @Test
    void aplayAndSearchOfOnlySpacesAskAgain() {
        try (Bot _ = BotHarness.start(sim, dir, Map.of())) {
            sim.awaitCommand("search", WAIT);
            SimMessage aplay = reply("aplay", "url", " \u2003 ");
            assertThat(aplay.ephemeral()).isTrue();
            assertThat(aplay.content()).isEqualTo("/aplay needs a playlist link. To search, use /play.");
            SimMessage search = reply("search", "query", "\u2003");
            assertThat(search.ephemeral()).isTrue();
            assertThat(search.content()).isEqualTo("Tell me what to search for.");
        }
    }
}
