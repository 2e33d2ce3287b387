package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.ytdlp.testing.RssFeed;
import dev.musicbot.ytdlp.testing.Scripts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original bot's playlist workflow, end to end: the real runtime with this plugin (and the youtube plugin,
 * for {@code /add <search text>}) bundled, against the Discord simulator, with the songs heard in order and the
 * playlists surviving a restart.
 */
class PlaylistWorkflowIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Playlist Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .member("bob")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    private Bot startBot() {
        Bot bot = BotHarness.start(
                sim,
                dir,
                Map.of(
                        "sources.http.allow",
                        "127.0.0.1",
                        "plugins.youtube.yt-dlp",
                        youTube().toString()));
        sim.awaitCommand("create", WAIT);
        return bot;
    }

    private SimMessage reply(String member, String command, Map<String, ?> options) {
        return sim.slash(guild, member, command, options).awaitResponse(WAIT);
    }

    /** The real yt-dlp, with every YouTube search sent to a loopback feed (served by the test). */
    private Path youTube() {
        LinkedHashMap<String, String> rewrites = new LinkedHashMap<>();
        rewrites.put("ytsearch*:*", "\"" + http.url("/search.xml") + "\"");
        return Scripts.wrapper(dir, "yt-dlp-wrapper", "", rewrites);
    }

    private URI tone(int hz) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, hz, Duration.ofSeconds(30));
        return http.serve("/" + file.getFileName(), file);
    }

    private static double pitchAfter(SimVoice voice, AudioMark mark) {
        return voice.awaitAudioAfter(mark, Duration.ofMillis(1800), WAIT)
                .skipAudio(Duration.ofMillis(800))
                .dominantFrequency();
    }

    @Test
    void createUseAddPlayRunsInOrderAndSurvivesARestart() {
        URI first = tone(440);
        URI second = tone(660);
        http.serve(
                "/search.xml",
                RssFeed.of(
                        "search", List.of(new RssFeed.Item("Never Gonna Give You Up", second, Duration.ofSeconds(30)))),
                "application/rss+xml");
        try (Bot bot = startBot()) {
            assertThat(reply("alice", "create", Map.of("name", "my_favorites")).content())
                    .startsWith("Created playlist");
            assertThat(reply("alice", "use", Map.of("playlist", "my_favorites")).content())
                    .contains("It's empty");
            assertThat(reply("alice", "add", Map.of("song", first.toString())).content())
                    .isEqualTo("Added **tone-440hz-30000ms-a50.ogg** to **my\\_favorites** (1 song).");
            assertThat(reply("alice", "add", Map.of("song", "never gonna give you up"))
                            .content())
                    .isEqualTo("Added **Never Gonna Give You Up** to **my\\_favorites** (2 songs).");

            assertThat(reply("alice", "play", Map.of()).content())
                    .isEqualTo("Queued 2 tracks from **my\\_favorites**.");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitchAfter(voice, voice.mark())).isCloseTo(440, within(5.0));
            assertThat(reply("alice", "save", Map.of("name", "queue copy")).content())
                    .isEqualTo("Saved 2 songs as **queue copy**.");
            assertThat(reply("alice", "save", Map.of("name", "Queue Copy")).content())
                    .contains("already exists");
            reply("alice", "skip", Map.of());
            assertThat(pitchAfter(voice, voice.mark())).isCloseTo(660, within(5.0));
            reply("alice", "stop", Map.of());
        }
        try (Bot restarted = startBot()) {
            SimMessage list = reply("alice", "playlists", Map.of());
            assertThat(list.embeds().getFirst().description())
                    .contains("★ **my\\_favorites** · 2 songs (active)", "• **queue copy** · 2 songs");
            assertThat(reply("alice", "play", Map.of()).content()).startsWith("Queued 2 tracks");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            assertThat(pitchAfter(voice, voice.mark())).isCloseTo(440, within(5.0));
        }
    }

    @Test
    void onlyTheCreatorChangesAPlaylistAndDeleteAsksFirst() {
        URI song = tone(500);
        try (Bot bot = startBot()) {
            reply("alice", "create", Map.of("name", "Road Trip"));
            SimMessage refused = reply("bob", "addto", Map.of("playlist", "road trip", "song", song.toString()));
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.content()).startsWith("Only the member who created **Road Trip**");
            assertThat(reply("alice", "addto", Map.of("playlist", "road trip", "song", song.toString()))
                            .content())
                    .contains("(1 song)");
            assertThat(reply("alice", "remove", Map.of("position", 1, "playlist", "Road Trip"))
                            .content())
                    .startsWith("Removed **tone-500hz");

            var choices =
                    sim.autocomplete(guild, "alice", "use", "playlist", "road").awaitChoices(WAIT);
            assertThat(choices).extracting(c -> c.name()).containsExactly("Road Trip");

            SimMessage ask = reply("alice", "delete", Map.of("name", "Road Trip"));
            assertThat(ask.ephemeral()).isTrue();
            assertThat(ask.buttons())
                    .extracting(b -> b.customId())
                    .satisfiesExactly(
                            confirm -> assertThat(confirm).matches("delete:confirm:\\d+"),
                            cancel -> assertThat(cancel).matches("delete:cancel:\\d+"));
            SimMessage done = sim.click(
                            guild, "alice", ask.id(), ask.buttons().getFirst().customId())
                    .awaitResponse(WAIT);
            assertThat(done.content()).isEqualTo("Deleted **Road Trip**.");
            assertThat(reply("alice", "playlists", Map.of()).content()).startsWith("This server has no playlists");
        }
    }

    @Test
    void anOlderDeletePromptConfirmsThePlaylistItNamedNotTheNewestRequest() {
        try (Bot _ = startBot()) {
            reply("alice", "create", Map.of("name", "First"));
            reply("alice", "create", Map.of("name", "Second"));
            SimMessage askFirst = reply("alice", "delete", Map.of("name", "First"));
            SimMessage askSecond = reply("alice", "delete", Map.of("name", "Second"));

            assertThat(sim.click(
                                    guild,
                                    "alice",
                                    askFirst.id(),
                                    askFirst.buttons().getFirst().customId())
                            .awaitResponse(WAIT)
                            .content())
                    .isEqualTo("Deleted **First**.");
            assertThat(reply("alice", "playlists", Map.of()).text())
                    .contains("Second")
                    .doesNotContain("First");
            assertThat(sim.click(
                                    guild,
                                    "alice",
                                    askSecond.id(),
                                    askSecond.buttons().get(1).customId())
                            .awaitResponse(WAIT)
                            .content())
                    .isEqualTo("Kept **Second**.");
            assertThat(sim.click(
                                    guild,
                                    "alice",
                                    askFirst.id(),
                                    askFirst.buttons().getFirst().customId())
                            .awaitResponse(WAIT)
                            .content())
                    .as("a prompt answered once is spent")
                    .isEqualTo("Nothing is waiting to be deleted.");
        }
    }

    @Test
    void hostileNamesAreRefusedOrStoredAsPlainData() throws IOException {
        try (Bot bot = startBot()) {
            assertThat(reply("alice", "create", Map.of("name", "   ")).content())
                    .contains("at least one visible character");
            assertThat(reply("alice", "create", Map.of("name", "x".repeat(51))).content())
                    .contains("at most 50 characters");
            assertThat(reply("alice", "create", Map.of("name", "bad\u0007name")).content())
                    .contains("control characters");
            assertThat(reply("alice", "create", Map.of("name", "../../etc/passwd"))
                            .content())
                    .startsWith("Created playlist");
            assertThat(reply("alice", "create", Map.of("name", "🎵 vibes ✨")).content())
                    .startsWith("Created playlist");
            assertThat(reply("alice", "playlists", Map.of()).embeds().getFirst().description())
                    .contains("../../etc/passwd", "🎵 vibes ✨");
        }
        List<String> files;
        try (Stream<Path> all = Files.walk(dir.resolve("data"))) {
            files = all.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString())
                    .toList();
        }
        assertThat(files)
                .allSatisfy(file -> assertThat(file).matches("data/(plugins/playlists/playlist|guilds)/\\d+\\.json"));
        assertThat(dir.resolve("etc")).doesNotExist();
    }

    @Test
    void twoAddsAtTheSameMomentKeepBothSongs() {
        URI slow = tone(440);
        http.slow(slow.getPath(), Duration.ofSeconds(2));
        URI fast = tone(660);
        try (Bot bot = startBot()) {
            assertThat(reply("alice", "create", Map.of("name", "shared")).content())
                    .startsWith("Created playlist");
            // The slow song is still being looked up when the fast one is stored: before the store's atomic
            // update, the slow /add then saved the playlist it had read, without the fast song.
            SimInteraction first =
                    sim.slash(guild, "alice", "addto", Map.of("playlist", "shared", "song", slow.toString()));
            SimInteraction second =
                    sim.slash(guild, "alice", "addto", Map.of("playlist", "shared", "song", fast.toString()));
            String fastReply = second.awaitContent(content -> content.startsWith("Added"), WAIT)
                    .content();
            String slowReply = first.awaitContent(content -> content.startsWith("Added"), WAIT)
                    .content();
            // Whichever lands first makes one song, the other two; a lost update makes both say one.
            assertThat(List.of(fastReply, slowReply))
                    .anySatisfy(reply -> assertThat(reply).endsWith("(1 song)."))
                    .anySatisfy(reply -> assertThat(reply).endsWith("(2 songs)."));
            assertThat(reply("alice", "playlist", Map.of("name", "shared"))
                            .embeds()
                            .getFirst()
                            .description())
                    .contains("tone-440hz", "tone-660hz");
        }
    }
}
