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
import dev.musicbot.testkit.audio.ReceivedAudio;
import java.io.IOException;
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
 * Music control end to end: each command's effect is checked on the audio the simulator receives (pitch,
 * loudness, silence), not on the bot's own idea of its state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaybackControlIT {
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
        guild = sim.guild("Control Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .role("DJ")
                .member("alice")
                .member("bob")
                .member("carol")
                .member("dave", "DJ")
                .voiceState("alice", "Music")
                .create();
        bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("nowplaying", WAIT);
    }

    @AfterEach
    void stopMusic() {
        if (guild.botVoiceChannel().isPresent()) {
            reply("alice", "stop", Map.of());
        }
        guild.member("bob").leaveVoice();
        guild.member("carol").leaveVoice();
        guild.member("dave").leaveVoice();
    }

    @AfterAll
    void stop() {
        bot.close();
        sim.close();
        http.close();
    }

    private URI tone(double hz, int seconds) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, hz, Duration.ofSeconds(seconds));
        return http.serve("/" + file.getFileName(), file);
    }

    private SimMessage reply(String member, String command, Map<String, ?> options) {
        return sim.slash(guild, member, command, options).awaitResponse(WAIT);
    }

    private SimVoice play(URI... tracks) {
        for (URI track : tracks) {
            assertThat(reply("alice", "play", Map.of("query", track.toString())).ephemeral())
                    .isFalse();
        }
        voice = sim.voice(guild).awaitConnected(WAIT);
        return voice;
    }

    /**
     * Joins and sets the repeat mode before anything plays: repeat needs the bot in voice (whatever the test before
     * left), and a slow answer to a /repeat sent after /play could otherwise come when a short track had ended.
     */
    private void joinAndRepeat(String mode, String answer) {
        reply("alice", "join", Map.of());
        voice = sim.voice(guild).awaitConnected(WAIT);
        assertThat(reply("alice", "repeat", Map.of("mode", mode)).content()).isEqualTo(answer);
    }

    /** The dominant pitch of audio arriving after now, skipping the frames already buffered before it. */
    private double pitchAfterNow() {
        AudioMark mark = voice.mark();
        return voice.awaitAudioAfter(mark, Duration.ofMillis(1800), WAIT)
                .skipAudio(Duration.ofMillis(800))
                .dominantFrequency();
    }

    @Test
    void pauseSilencesWithinASecondAndResumeRestarts() throws InterruptedException {
        play(tone(440, 60));
        voice.awaitAudio(Duration.ofSeconds(2), WAIT);

        assertThat(reply("alice", "pause", Map.of()).content()).isEqualTo("Paused.");
        Thread.sleep(2000);
        assertThat(voice.received().last(Duration.ofSeconds(1)).isSilent())
                .as("silent from at most 1 s after /pause")
                .isTrue();
        assertThat(reply("alice", "pause", Map.of()).ephemeral()).isTrue();

        assertThat(reply("alice", "resume", Map.of()).content()).isEqualTo("Resumed.");
        assertThat(pitchAfterNow()).isCloseTo(440, within(5.0));
    }

    @Test
    void volumeFiftyIsAboutSixDecibelsQuieter() {
        play(tone(440, 60));
        double before = voice.awaitAudio(Duration.ofSeconds(3), WAIT)
                .lastAudio(Duration.ofSeconds(1))
                .dbfs();

        assertThat(reply("alice", "volume", Map.of("level", 50)).content()).isEqualTo("Volume set to 50%.");
        AudioMark mark = voice.mark();
        double after = voice.awaitAudioAfter(mark, Duration.ofSeconds(2), WAIT)
                .skipAudio(Duration.ofSeconds(1))
                .dbfs();
        assertThat(after - before).isCloseTo(-6.0, within(1.5));

        assertThat(reply("alice", "volume", Map.of("level", 150)).ephemeral()).isTrue();
        reply("alice", "volume", Map.of("level", 100));
    }

    @Test
    void skipMovesFromTheFirstTrackToTheNext() {
        play(tone(440, 60), tone(660, 60));
        assertThat(pitchAfterNow()).isCloseTo(440, within(5.0));

        assertThat(reply("alice", "skip", Map.of()).content()).startsWith("Skipped. Now playing:");
        assertThat(pitchAfterNow()).isCloseTo(660, within(5.0));
    }

    @Test
    void repeatTrackReplaysItAndSkipStillMovesOn() {
        joinAndRepeat("track", "Repeat: this track.");
        AudioMark start = voice.mark();
        reply("alice", "play", Map.of("query", tone(440, 3).toString()));
        reply("alice", "play", Map.of("query", tone(660, 60).toString()));

        ReceivedAudio replayed =
                voice.awaitAudioAfter(start, Duration.ofMillis(5500), WAIT).skipAudio(Duration.ofMillis(3800));
        assertThat(replayed.dominantFrequency()).as("after the 3 s track ended").isCloseTo(440, within(5.0));

        reply("alice", "skip", Map.of());
        assertThat(pitchAfterNow()).isCloseTo(660, within(5.0));
        reply("alice", "repeat", Map.of("mode", "off"));
    }

    @Test
    void repeatQueueWrapsToTheFirstTrack() {
        joinAndRepeat("queue", "Repeat: the whole queue.");
        play(tone(440, 3), tone(660, 3));
        AudioMark start = voice.mark();
        ReceivedAudio audio = voice.awaitAudioAfter(start, Duration.ofMillis(8500), WAIT);
        assertThat(audio.skipAudio(Duration.ofMillis(3600))
                        .lastAudio(Duration.ofMillis(4900))
                        .skipAudio(Duration.ofMillis(2500)))
                .satisfies(second -> assertThat(second.seconds()).isGreaterThan(0.5));
        assertThat(audio.skipAudio(Duration.ofMillis(6700)).dominantFrequency())
                .as("the first track again, after the second")
                .isCloseTo(440, within(5.0));
        reply("alice", "repeat", Map.of("mode", "off"));
    }

    @Test
    void stopEmptiesTheQueueAndSilences() throws InterruptedException {
        play(tone(440, 60), tone(660, 60));
        voice.awaitAudio(Duration.ofSeconds(1), WAIT);
        assertThat(reply("alice", "stop", Map.of()).content()).isEqualTo("Stopped and cleared 1 queued tracks.");
        Thread.sleep(2000);
        assertThat(voice.received().last(Duration.ofSeconds(1)).isSilent()).isTrue();
        assertThat(reply("alice", "queue", Map.of()).content()).startsWith("The queue is empty");
    }

    @Test
    void seekJumpsWithinTheTrack() throws IOException, InterruptedException {
        Path twoTone = TwoTone.write(dir, 440, 880, 10);
        play(http.serve("/two-tone.ogg", twoTone));
        assertThat(pitchAfterNow()).isCloseTo(440, within(5.0));
        assertThat(reply("alice", "seek", Map.of("time", "0:14")).content()).isEqualTo("Jumped to 0:14.");
        assertThat(pitchAfterNow()).isCloseTo(880, within(5.0));
        assertThat(reply("alice", "seek", Map.of("time", "5:00")).ephemeral()).isTrue();
    }

    @Test
    void shuffleKeepsEveryTrackExactlyOnce() {
        List<URI> tracks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tracks.add(tone(300 + 10 * i, 30));
        }
        play(tracks.toArray(URI[]::new));
        assertThat(reply("alice", "shuffle", Map.of()).content()).isEqualTo("Shuffled 7 tracks.");
        SimMessage queue = reply("alice", "queue", Map.of());
        List<String> titles = titles(queue.embeds().getFirst().description());
        assertThat(titles).hasSize(7).doesNotHaveDuplicates();
        assertThat(titles)
                .containsExactlyInAnyOrderElementsOf(tracks.subList(1, 8).stream()
                        .map(u -> Path.of(u.getPath()).getFileName().toString())
                        .toList());
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
    void nowPlayingButtonsDoWhatTheCommandsDo() throws InterruptedException {
        play(tone(440, 60), tone(660, 60));
        SimMessage card = reply("alice", "nowplaying", Map.of());
        assertThat(card.embeds().getFirst().title()).startsWith("Now playing: ");
        assertThat(card.buttons())
                .extracting(b -> b.customId())
                .containsExactly(
                        "nowplaying:toggle",
                        "nowplaying:skip",
                        "nowplaying:stop",
                        "nowplaying:repeat",
                        "nowplaying:shuffle",
                        "nowplaying:favourite");

        SimMessage paused =
                sim.click(guild, "alice", card.id(), "nowplaying:toggle").awaitResponse(WAIT);
        assertThat(paused.embeds().getFirst().title()).startsWith("Paused: ");
        Thread.sleep(2000);
        assertThat(voice.received().last(Duration.ofSeconds(1)).isSilent()).isTrue();

        sim.click(guild, "alice", card.id(), "nowplaying:toggle").awaitResponse(WAIT);
        sim.click(guild, "alice", card.id(), "nowplaying:skip").awaitResponse(WAIT);
        assertThat(pitchAfterNow()).isCloseTo(660, within(5.0));
    }

    @Test
    void aNowPlayingCardIsPostedWhenATrackStartsAndReplacedByTheNext() {
        URI first = tone(445, 61); // titles unique to this test: older cards stay in the channel
        URI second = tone(665, 61);
        play(first, second);
        SimMessage card = sim.awaitChannelMessage(guild.channel("general"), m -> cardFor(m, first), WAIT);
        assertThat(card.buttons()).extracting(b -> b.customId()).contains("nowplaying:skip");

        sim.click(guild, "alice", card.id(), "nowplaying:skip").awaitResponse(WAIT);
        assertThat(pitchAfterNow()).isCloseTo(665, within(5.0));
        sim.awaitChannelMessage(guild.channel("general"), m -> cardFor(m, second), WAIT);
        sim.awaitRestCall(
                call -> call.method().equals("DELETE") && call.path().endsWith("/messages/" + card.id()), WAIT);
        assertThat(sim.message(card.id()))
                .hasValueSatisfying(old -> assertThat(old.deleted()).isTrue());
    }

    private static boolean cardFor(SimMessage message, URI track) {
        return !message.deleted()
                && !message.embeds().isEmpty()
                && message.embeds()
                        .getFirst()
                        .title()
                        .equals("Now playing: " + Path.of(track.getPath()).getFileName());
    }

    @Test
    void aTrackThatFailsAtPlayTimeIsSkippedWithAMessage() {
        URI broken = tone(550, 30);
        play(tone(440, 60), broken, tone(660, 60));
        http.status(broken.getPath(), 404); // the link dies while it waits in the queue
        reply("alice", "skip", Map.of());
        SimMessage notice = sim.awaitChannelMessage(
                guild.channel("general"), m -> m.content().startsWith("Couldn't play"), WAIT);
        assertThat(notice.content())
                .contains(Path.of(broken.getPath()).getFileName().toString(), "skipping it");
        assertThat(pitchAfterNow()).isCloseTo(660, within(5.0));
    }

    @Test
    void nonDjIsRefusedStopAndVotesToSkip() {
        play(tone(440, 60), tone(660, 60));
        guild.member("bob").joinVoice("Music");
        guild.member("carol").joinVoice("Music");
        voice.awaitAudio(Duration.ofSeconds(1), WAIT);

        SimMessage refused = reply("bob", "stop", Map.of());
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.content()).startsWith("Only a DJ can do that");
        SimMessage leave = reply("bob", "leave", Map.of());
        assertThat(leave.ephemeral()).isTrue();
        assertThat(leave.content()).as("/leave clears the queue like /stop").startsWith("Only a DJ can do that");
        assertThat(guild.botVoiceChannel()).isPresent();

        assertThat(reply("bob", "skip", Map.of()).content()).isEqualTo("Vote to skip: 1/2.");
        assertThat(reply("bob", "skip", Map.of()).content()).isEqualTo("You already voted to skip this song.");
        assertThat(reply("carol", "skip", Map.of()).content()).startsWith("Skipped. Now playing:");
        assertThat(pitchAfterNow()).isCloseTo(660, within(5.0));

        guild.member("dave").joinVoice("Music");
        assertThat(reply("dave", "stop", Map.of()).content()).startsWith("Stopped");
    }

    @Test
    void aPositionPastItsDeclaredRangeIsRefusedNotCutToAnInt() {
        assertThat(sim.awaitCommand("move", WAIT)
                        .path("options")
                        .get(1)
                        .path("max_value")
                        .asLong())
                .isEqualTo(10_000);
        assertThat(sim.awaitCommand("volume", WAIT)
                        .path("options")
                        .get(0)
                        .path("min_value")
                        .asLong())
                .isZero();
        URI second = tone(550, 30);
        play(tone(440, 60), tone(500, 30), second);

        SimMessage refused = reply("alice", "move", Map.of("from", 2, "to", 4_294_967_297L));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.content()).isEqualTo("`to` goes from 1 to 10000.");
        assertThat(reply("alice", "skip", Map.of("to", 4_294_967_298L)).content())
                .isEqualTo("`to` goes from 1 to 10000.");
        assertThat(reply("alice", "volume", Map.of("level", 4_294_967_346L)).content())
                .isEqualTo("`level` goes from 0 to 100.");
        assertThat(titles(reply("alice", "queue", Map.of()).embeds().getFirst().description()))
                .as("the queue is unchanged")
                .last()
                .asString()
                .contains(Path.of(second.getPath()).getFileName().toString());
    }

    @Test
    void queueIsPagedWithButtons() {
        List<URI> tracks = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            tracks.add(tone(200 + 10 * i, 30));
        }
        play(tracks.toArray(URI[]::new));
        SimMessage first = reply("alice", "queue", Map.of());
        assertThat(first.embeds().getFirst().title()).startsWith("Queue: 12 tracks");
        assertThat(first.embeds().getFirst().footer()).startsWith("Page 1/2");
        assertThat(titles(first.embeds().getFirst().description())).hasSize(10);

        SimMessage second =
                sim.click(guild, "alice", first.id(), "queue:page:2").awaitResponse(WAIT);
        assertThat(second.embeds().getFirst().footer()).startsWith("Page 2/2");
        assertThat(titles(second.embeds().getFirst().description())).hasSize(2);
    }
}
