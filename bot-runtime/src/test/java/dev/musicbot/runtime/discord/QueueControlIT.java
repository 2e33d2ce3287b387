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
import dev.musicbot.testkit.audio.AudioMark;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Play next, play now and the history, end to end: what the simulator's channel shows and the order of what
 * is heard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueControlIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;
    private Bot bot;
    private SimVoice voice;

    @BeforeAll
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Queue Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .member("bob")
                .voiceState("alice", "Music")
                .create();
        bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("history", WAIT);
    }

    @AfterEach
    void stopMusic() {
        guild.member("bob").leaveVoice();
        if (guild.botVoiceChannel().isPresent()) {
            reply("alice", "stop", Map.of());
        }
    }

    @AfterAll
    void stop() {
        bot.close();
        sim.close();
        http.close();
    }

    private URI tone(double hz) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, hz, Duration.ofSeconds(60));
        return http.serve("/" + file.getFileName(), file);
    }

    private static String title(URI track) {
        return Path.of(track.getPath()).getFileName().toString();
    }

    private SimMessage reply(String member, String command, Map<String, ?> options) {
        return sim.slash(guild, member, command, options).awaitResponse(WAIT);
    }

    private SimMessage play(URI track, String position) {
        SimMessage reply = reply("alice", "play", Map.of("query", track.toString(), "position", position));
        voice = sim.voice(guild).awaitConnected(WAIT);
        return reply;
    }

    private double pitchAfterNow() {
        AudioMark mark = voice.mark();
        return voice.awaitAudioAfter(mark, Duration.ofMillis(1800), WAIT)
                .skipAudio(Duration.ofMillis(800))
                .dominantFrequency();
    }

    private static List<String> titles(String description) {
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("`\\d+\\.` \\*\\*(.+?)\\*\\*").matcher(description);
        while (m.find()) {
            titles.add(m.group(1).replace("\\", ""));
        }
        return titles;
    }

    @Test
    void playNextGoesAheadOfTheQueue() {
        URI first = tone(440);
        URI queued = tone(550);
        URI next = tone(660);
        play(first, "end");
        play(queued, "end");
        assertThat(play(next, "next").content()).startsWith("Playing next: **" + title(next) + "**");

        assertThat(titles(reply("alice", "queue", Map.of()).embeds().getFirst().description()))
                .containsExactly(title(next), title(queued));
        assertThat(pitchAfterNow()).as("the first still plays").isCloseTo(440, within(5.0));
        reply("alice", "skip", Map.of());
        assertThat(pitchAfterNow()).as("then the one queued next").isCloseTo(660, within(5.0));
        reply("alice", "skip", Map.of());
        assertThat(pitchAfterNow()).as("then the rest").isCloseTo(550, within(5.0));
    }

    @Test
    void playNowReplacesTheCurrentSongWhichGoesToTheHistory() {
        URI first = tone(445);
        URI queued = tone(555);
        URI now = tone(770);
        play(first, "end");
        play(queued, "end");
        assertThat(pitchAfterNow()).isCloseTo(445, within(5.0));

        assertThat(play(now, "now").content()).startsWith("Now playing: **" + title(now) + "**");
        assertThat(pitchAfterNow()).isCloseTo(770, within(5.0));
        assertThat(titles(reply("alice", "queue", Map.of()).embeds().getFirst().description()))
                .containsExactly(title(queued));

        SimMessage history = reply("alice", "history", Map.of());
        assertThat(history.embeds().getFirst().title()).startsWith("Recently played:");
        assertThat(titles(history.embeds().getFirst().description())).first().isEqualTo(title(first));
    }

    @Test
    void historyListsTheLatestFirstInPages() {
        List<URI> tracks = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            tracks.add(tone(300 + 10 * i));
        }
        tracks.forEach(track -> play(track, "end"));
        for (int i = 0; i < 12; i++) {
            assertThat(reply("alice", "skip", Map.of()).content()).startsWith("Skipped.");
        }
        SimMessage first = reply("alice", "history", Map.of());
        List<String> page1 = titles(first.embeds().getFirst().description());
        assertThat(page1).hasSize(10);
        assertThat(page1.getFirst()).isEqualTo(title(tracks.get(11)));
        assertThat(first.embeds().getFirst().footer()).startsWith("Page 1/");

        SimMessage second =
                sim.click(guild, "alice", first.id(), "history:page:2").awaitResponse(WAIT);
        List<String> page2 = titles(second.embeds().getFirst().description());
        assertThat(page2).doesNotContainAnyElementsOf(page1);
        assertThat(page2).contains(title(tracks.get(0)));
    }

    @Test
    void onlyADjJumpsTheQueueWhileOthersListenAndABadPositionIsExplained() {
        play(tone(450), "end");
        guild.member("bob").joinVoice("Music");
        SimMessage refused = sim.slash(
                        guild, "bob", "play", Map.of("query", tone(560).toString(), "position", "now"))
                .awaitResponse(WAIT);
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.content()).startsWith("Only a DJ can put songs ahead of the queue");
        assertThat(pitchAfterNow()).isCloseTo(450, within(5.0));

        SimMessage bad = sim.slash(
                        guild, "bob", "play", Map.of("query", tone(560).toString(), "position", "first"))
                .awaitResponse(WAIT);
        assertThat(bad.ephemeral()).isTrue();
        assertThat(bad.content()).isEqualTo("The position is end, next or now.");
    }
}
