package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue end to end ({@link HostileInputs}): the real runtime with the core commands, the
 * playlists and the YouTube plugin, a member sending every hostile value while music plays. Each gets a clear
 * reply within the interaction deadline (ephemeral when refused), no loopback canary is ever asked for anything,
 * nothing appears outside the data directory, and the bot still plays afterwards.
 */
class CatalogueIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration DEADLINE = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    @Test
    void everyHostileInputGetsAClearReplyAndTouchesNothingItMustNot() throws IOException {
        try (AudioHttpServer fixtures = AudioHttpServer.startOn("127.0.0.3");
                AudioHttpServer canary = AudioHttpServer.startOn("127.0.0.1");
                AudioHttpServer canary6 = AudioHttpServer.startOn("::1");
                DiscordSimulator sim = DiscordSimulator.start()) {
            String tone = fixtures.serve(
                            "/tone.ogg",
                            AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(120)))
                    .toString();
            fixtures.redirect("/to-loopback.ogg", canary.url("/redirected.ogg").toString(), 302);
            Path ytDlpCalls = dir.resolve("yt-dlp-calls.txt");
            Path ytDlp = Scripts.write(
                    dir,
                    "yt-dlp-offline",
                    "printf '%s\\n' \"$*\" >> '" + ytDlpCalls + "'\necho 'ERROR: [youtube] offline' >&2\nexit 1");
            SimGuild guild = sim.guild("Hostile Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("mallory")
                    .voiceState("mallory", "Music")
                    .create();
            List<Path> outside = filesOutsideData();
            Map<String, String> settings =
                    Map.of("sources.http.allow", "127.0.0.3", "plugins.youtube.yt-dlp", ytDlp.toString());
            try (Bot _ = BotHarness.start(sim, dir, settings)) {
                sim.awaitCommand("import", WAIT);
                assertThat(send(sim, guild, "play", Map.of("query", tone)).content())
                        .startsWith("Now playing");
                send(sim, guild, "play", Map.of("query", tone + "?second"));
                send(sim, guild, "create", Map.of("name", "Mix"));
                send(sim, guild, "use", Map.of("playlist", "Mix"));
                assertThat(send(
                                        sim,
                                        guild,
                                        "play",
                                        Map.of(
                                                "query",
                                                fixtures.url("/to-loopback.ogg").toString()))
                                .content())
                        .as("a redirect from an allowed host to loopback")
                        .contains(HostileInputs.BLOCKED);

                List<HostileInputs.Case> cases = new HostileInputs(
                                canary.url("/").getPort(), canary6.url("/").getPort(), tone)
                        .all();
                assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
                List<String> report = new ArrayList<>();
                try {
                    assertSoftly(softly -> {
                        for (HostileInputs.Case hostile : cases) {
                            SimInteraction interaction =
                                    sim.slash(guild, "mallory", hostile.command(), hostile.options());
                            SimMessage reply = finalReply(interaction);
                            report.add(hostile + " -> " + (reply.ephemeral() ? "[E] " : "") + reply.content());
                            softly.assertThat(interaction.acknowledgedAfter().orElseThrow())
                                    .as("first response to %s", hostile)
                                    .isLessThanOrEqualTo(DEADLINE);
                            softly.assertThat(reply.text())
                                    .as("reply to %s", hostile)
                                    .isNotBlank()
                                    .doesNotContain("went wrong")
                                    .contains(hostile.expected());
                            softly.assertThat(reply.ephemeral())
                                    .as("ephemeral reply to %s: %s", hostile, reply.content())
                                    .isEqualTo(hostile.ephemeral());
                        }
                    });
                } finally {
                    report.forEach(System.out::println);
                }

                send(sim, guild, "stop", Map.of());
                assertThat(send(sim, guild, "play", Map.of("query", tone)).content())
                        .startsWith("Now playing");
                sim.voice(guild).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(1), WAIT);
            }
            assertThat(canary.requests()).as("requests to 127.0.0.1").isEmpty();
            assertThat(canary6.requests()).as("requests to ::1").isEmpty();
            if (Files.exists(ytDlpCalls)) {
                assertThat(Files.readAllLines(ytDlpCalls))
                        .as("yt-dlp is never given a loopback link (search text may hold one)")
                        .noneMatch(line -> line.matches("(?i).*(^| )(https?|ftp|youtube|soundcloud):.*"));
            }
            assertThat(filesOutsideData()).isEqualTo(outside);
            try (Stream<Path> around = Files.walk(dir.getParent(), 2)) {
                assertThat(around.filter(p -> p.toString().contains(HostileInputs.MARKER))
                                .filter(p -> !p.startsWith(dir.resolve("data")))
                                .toList())
                        .as("files named by a member outside the data directory")
                        .isEmpty();
            }
        }
    }

    private static SimMessage send(DiscordSimulator sim, SimGuild guild, String command, Map<String, ?> options) {
        return finalReply(sim.slash(guild, "mallory", command, options));
    }

    /**
     * The answer once the progress is over: the edited reply, or the ephemeral follow-up that replaced a
     * deferred one.
     */
    private static SimMessage finalReply(SimInteraction interaction) {
        SimMessage settled = interaction.awaitMessage(m -> m.deleted() || !progress(interaction, m), WAIT);
        if (settled.deleted() || !interaction.followUps().isEmpty()) {
            return interaction.awaitFollowUp(m -> true, WAIT);
        }
        return settled;
    }

    private static boolean progress(SimInteraction interaction, SimMessage message) {
        String text = message.content();
        return interaction.callbackType() == 5
                && text.endsWith("…")
                && Stream.of("Looking up", "Waiting for", "Almost done", "Loading")
                        .anyMatch(text::startsWith);
    }

    /** Every path under the test directory but the data directory (and the yt-dlp stand-in's own log). */
    private List<Path> filesOutsideData() {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.startsWith(dir.resolve("data")))
                    .filter(p -> !p.getFileName().toString().equals("yt-dlp-calls.txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
