package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.ytdlp.testing.Scripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flood of {@code /add} lookups (each a direct {@code TrackLoader.load}, each a yt-dlp run) in one guild: no more
 * yt-dlp processes run at once than {@code tuning.max-processes}, and another guild's {@code /play} of a link
 * is answered within the deadline and plays while the flood goes on.
 */
class ProcessCapIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int CAP = 2;
    private static final int FLOOD = 12;

    @TempDir
    Path dir;

    @Test
    void aFloodOfLoadsNeverRunsMoreProgramsThanTheCapAndAnotherGuildStillPlays() throws Exception {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            String tone = http.serve(
                            "/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)))
                    .toString();
            Path running = Files.createDirectory(dir.resolve("running"));
            Path counts = dir.resolve("counts.txt");
            // The stand-in marks itself running, writes how many are, stays two seconds, and finds nothing.
            Path ytDlp = Scripts.write(
                    dir,
                    "yt-dlp-busy",
                    "mkdir '" + running + "'/$$\nls '" + running + "' | wc -l >> '" + counts + "'\nsleep 2\nrmdir '"
                            + running + "'/$$\necho 'ERROR: [youtube] nothing here' >&2\nexit 1");
            SimGuild flooded = sim.guild("Flooded Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("flooder")
                    .create();
            SimGuild other = sim.guild("Other Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            Map<String, String> settings = Map.of(
                    "sources.http.allow",
                    "127.0.0.1",
                    "plugins.youtube.yt-dlp",
                    ytDlp.toString(),
                    "tuning.workers",
                    "3",
                    "tuning.max-processes",
                    String.valueOf(CAP));
            try (Bot _ = BotHarness.start(sim, dir, settings)) {
                sim.awaitCommand("add", WAIT);
                sim.slash(flooded, "flooder", "create", Map.of("name", "Flood")).awaitResponse(WAIT);
                sim.slash(flooded, "flooder", "use", Map.of("playlist", "Flood"))
                        .awaitResponse(WAIT);

                List<SimInteraction> adds = new ArrayList<>();
                for (int i = 0; i < FLOOD; i++) {
                    adds.add(sim.slash(flooded, "flooder", "add", Map.of("song", "flood song " + i)));
                }
                Thread.sleep(1500); // the flood is under way
                SimInteraction play = sim.slash(other, "alice", "play", Map.of("query", tone));
                assertThat(play.awaitContent(text -> text.startsWith("Now playing"), Duration.ofSeconds(15))
                                .content())
                        .startsWith("Now playing");
                assertThat(play.acknowledgedAfter().orElseThrow()).isLessThanOrEqualTo(Duration.ofSeconds(3));
                sim.voice(other).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(1), WAIT);
                assertThat(Files.readAllLines(counts))
                        .as("the flood is still going when the other guild plays")
                        .hasSizeLessThan(FLOOD);

                for (SimInteraction add : adds) {
                    SimMessage answer = add.awaitAnswer(m -> m.content().contains("nothing here"), WAIT);
                    assertThat(answer.content()).as("the answer to %s", add).contains("nothing here");
                }
            }
            List<Integer> seen = Files.readAllLines(counts).stream()
                    .map(String::strip)
                    .map(Integer::parseInt)
                    .toList();
            assertThat(seen).as("yt-dlp runs").hasSize(FLOOD);
            assertThat(seen).as("yt-dlp processes running at once").allSatisfy(n -> assertThat(n)
                    .isBetween(1, CAP));
            assertThat(seen).contains(CAP);
        }
    }
}
