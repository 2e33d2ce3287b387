package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /aplay} end to end: a 20-song playlist (a loopback M3U) goes through the processing pipeline; music
 * starts after the first song is ready, the songs join the queue in the playlist's order, a broken one is
 * reported and skipped, and {@code /stop} cancels what is still loading.
 */
class AplayIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int SONGS = 20;
    private static final int BROKEN = 7;

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;
    private Bot bot;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Aplay Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
        bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1", "tuning.workers", "1"));
        sim.awaitCommand("aplay", WAIT);
    }

    @AfterEach
    void stop() {
        bot.close();
        sim.close();
        http.close();
    }

    /** Serves songs 01..n (song 07 answers 404) and an M3U listing them; each song is slow to answer. */
    private URI playlist(int count, Duration delayPerSong) {
        Path tone = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(20));
        StringBuilder m3u = new StringBuilder("#EXTM3U\n");
        for (int i = 1; i <= count; i++) {
            String name = String.format("song-%02d.ogg", i);
            if (i == BROKEN) {
                http.status("/songs/" + name, 404);
            } else {
                http.serve("/songs/" + name, tone);
                http.slow("/songs/" + name, delayPerSong);
            }
            m3u.append("#EXTINF:20,Song ").append(String.format("%02d", i)).append('\n');
            m3u.append("songs/").append(name).append('\n');
        }
        return http.serve("/mix.m3u", m3u.toString().getBytes(StandardCharsets.UTF_8), "audio/x-mpegurl");
    }

    @Test
    void loadsTwentySongsInOrderStartingWithTheFirstAndSkipsTheBrokenOne() {
        URI list = playlist(SONGS, Duration.ofMillis(700));

        var interaction = sim.slash(guild, "alice", "aplay", Map.of("url", list.toString()));
        SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
        double pitch = voice.awaitAudio(Duration.ofSeconds(1), WAIT).dominantFrequency();
        String whileAudioStarted =
                interaction.response().map(SimMessage::content).orElse("");
        SimMessage done = interaction.awaitContent(c -> c.startsWith("Queued"), WAIT);

        assertThat(pitch).isCloseTo(440, within(5.0));
        assertThat(whileAudioStarted)
                .as("music starts while the rest still loads")
                .startsWith("Loading");
        assertThat(interaction.wasDeferred()).isTrue();
        assertThat(done.content())
                .startsWith("Queued 19 of 20 songs from **mix.m3u**.")
                .contains("Skipped 1: **Song 07**");
        List<String> queued = new ArrayList<>();
        queued.addAll(titles(sim.slash(guild, "alice", "queue", Map.of()).awaitResponse(WAIT)));
        queued.addAll(
                titles(sim.slash(guild, "alice", "queue", Map.of("page", 2)).awaitResponse(WAIT)));
        List<String> expected = new ArrayList<>();
        for (int i = 2; i <= SONGS; i++) {
            if (i != BROKEN) {
                expected.add(String.format("song-%02d.ogg", i));
            }
        }
        assertThat(queued).containsExactlyElementsOf(expected); // song 01 is playing
    }

    @Test
    void stopCancelsTheSongsStillLoading() {
        URI list = playlist(SONGS, Duration.ofMillis(1000));

        var interaction = sim.slash(guild, "alice", "aplay", Map.of("url", list.toString()));
        sim.voice(guild).awaitConnected(WAIT).awaitAudio(Duration.ofMillis(500), WAIT);
        assertThat(sim.slash(guild, "alice", "stop", Map.of())
                        .awaitResponse(WAIT)
                        .content())
                .startsWith("Stopped");
        SimMessage done = interaction.awaitContent(c -> c.startsWith("Stopped loading"), WAIT);

        Matcher loaded = Pattern.compile("after (\\d+) of 20 songs").matcher(done.content());
        assertThat(loaded.find()).isTrue();
        assertThat(Integer.parseInt(loaded.group(1))).isLessThan(SONGS - 1);
        int requested = http.requests().size();
        sleep(Duration.ofSeconds(2));
        assertThat(http.requests().size()).as("no more songs are fetched").isLessThanOrEqualTo(requested + 2);
    }

    private static List<String> titles(SimMessage queue) {
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("`\\d+\\.` \\*\\*(.+?)\\*\\*")
                .matcher(queue.embeds().getFirst().description());
        while (m.find()) {
            titles.add(m.group(1).replace("\\", ""));
        }
        return titles;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
