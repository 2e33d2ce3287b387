package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
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

/** A song of only spaces for /addto is asked for again, end to end, and the playlist stays as it was. */
class BlankSongIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        sim = DiscordSimulator.start();
        guild = sim.guild("Blank Song Guild")
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

    private SimMessage reply(String command, Map<String, ?> options) {
        return sim.slash(guild, "alice", command, options).awaitResponse(WAIT);
    }

    @Test
    void addtoWithASongOfOnlySpacesAsksAgain() {
        try (Bot _ = BotHarness.start(sim, dir, Map.of())) {
            sim.awaitCommand("addto", WAIT);
            assertThat(reply("create", Map.of("name", "mix")).content()).startsWith("Created playlist **mix**");
            SimMessage blank = reply("addto", Map.of("playlist", "mix", "song", " \u2003 "));
            assertThat(blank.ephemeral()).isTrue();
            assertThat(blank.content()).isEqualTo("Tell me which song to add: a link, or words to search for.");
            assertThat(reply("playlist", Map.of("name", "mix"))
                            .embeds()
                            .getFirst()
                            .description())
                    .isEqualTo("This playlist is empty. Add songs with /add or /addto.");
        }
    }
}
