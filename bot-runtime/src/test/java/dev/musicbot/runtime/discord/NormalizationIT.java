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
import dev.musicbot.testkit.audio.ReceivedPacket;
import dev.musicbot.testkit.audio.Tone;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /normalize} end to end with a target that is not the default (-20 LUFS): measured on the audio the
 * simulator decodes from the Opus the bot sent. A stereo 440 Hz sine at L LUFS has an RMS level of about L - 2.4
 * dBFS (-10 log10(2) + 0.691 - 0.1 for the K-weighting at 440 Hz).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NormalizationIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final double TARGET_LUFS = -20;
    private static final double TARGET_DBFS = TARGET_LUFS - 2.4;

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
        guild = sim.guild("Loudness Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
        bot = BotHarness.start(
                sim,
                dir,
                Map.of("sources.http.allow", "127.0.0.1", "playback.normalize.target-lufs", "" + TARGET_LUFS));
        sim.awaitCommand("normalize", WAIT);
    }

    @BeforeEach
    void joinAndNormalize() {
        reply("join", Map.of());
        voice = sim.voice(guild).awaitConnected(WAIT);
        assertThat(reply("normalize", Map.of("mode", "on")).content()).startsWith("Loudness normalisation on");
    }

    @AfterEach
    void stopMusic() {
        reply("normalize", Map.of("mode", "off"));
        reply("stop", Map.of());
    }

    @AfterAll
    void stop() {
        bot.close();
        sim.close();
        http.close();
    }

    private SimMessage reply(String command, Map<String, ?> options) {
        return sim.slash(guild, "alice", command, options).awaitResponse(WAIT);
    }

    private URI tone(String name, AudioFileFormat format, double amplitude) throws Exception {
        Path file = AudioFixtures.write(
                dir, Tone.of(format, 440, Duration.ofSeconds(30)).withAmplitude(amplitude));
        Path named = dir.resolve(name);
        Files.move(file, named);
        return http.serve("/" + name, named);
    }

    private void play(URI track) {
        assertThat(reply("play", Map.of("query", track.toString())).ephemeral()).isFalse();
    }

    /** The first {@code seconds} of audio after {@code mark}, without the first 60 ms (the encoder's start). */
    private ReceivedAudio firstAudio(AudioMark mark, double seconds) {
        List<ReceivedPacket> packets = voice.awaitAudioAfter(
                        mark, Duration.ofMillis(Math.round(seconds * 1000) + 200), WAIT)
                .packets();
        List<ReceivedPacket> wanted = packets.subList(3, Math.min(packets.size(), 3 + (int) Math.round(seconds * 50)));
        return new ReceivedAudio(
                wanted, wanted.getFirst().arrivalNanos(), wanted.getLast().arrivalNanos());
    }

    @Test
    void tracksFourteenDecibelsApartArriveAtTheConfiguredTarget() throws Exception {
        URI loud = tone("loud.ogg", AudioFileFormat.OGG_OPUS, 0.5);
        URI quiet = tone("quiet.ogg", AudioFileFormat.OGG_OPUS, 0.1);
        AudioMark start = voice.mark();
        play(loud);
        play(quiet);
        double first = voice.awaitAudioAfter(start, Duration.ofSeconds(6), WAIT)
                .lastAudio(Duration.ofSeconds(2))
                .dbfs();
        reply("skip", Map.of());
        AudioMark skipped = voice.mark();
        double second = voice.awaitAudioAfter(skipped, Duration.ofSeconds(6), WAIT)
                .lastAudio(Duration.ofSeconds(2))
                .dbfs();
        assertThat(first - second)
                .as("the loud track against the quiet one, in dB")
                .isCloseTo(0, within(1.0));
        assertThat(first).as("the loud track").isCloseTo(TARGET_DBFS, within(1.0));
        assertThat(second).as("the quiet track").isCloseTo(TARGET_DBFS, within(1.0));
    }

    @Test
    void aSongWithAReplayGainTagPlaysAtTheTagsGainFromTheStart() throws Exception {
        // The file measures about -6.8 LUFS, but its tag says -14 (-4 dB from ReplayGain's -18 LUFS): the bot
        // believes the tag and lowers it by 6 dB (to -20), not by the 13 dB a measurement would give.
        URI untagged = tone("tag-source.mp3", AudioFileFormat.MP3, 0.5);
        Path source = dir.resolve("tag-source.mp3");
        Path taggedFile = dir.resolve("tagged.mp3");
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-nostdin",
                        "-y",
                        "-i",
                        source.toString(),
                        "-c",
                        "copy",
                        "-metadata",
                        "REPLAYGAIN_TRACK_GAIN=-4.00 dB",
                        taggedFile.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(ffmpeg.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue()).isZero();
        URI tagged = http.serve("/tagged.mp3", taggedFile);
        double input = 20 * Math.log10(0.5 / Math.sqrt(2)); // the sine's RMS level, -9.0 dBFS
        assertThat(untagged).isNotEqualTo(tagged);

        AudioMark start = voice.mark();
        play(tagged);
        assertThat(firstAudio(start, 0.4).dbfs()).as("the first 400 ms").isCloseTo(input - 6, within(1.0));
        assertThat(voice.awaitAudioAfter(start, Duration.ofSeconds(5), WAIT)
                        .lastAudio(Duration.ofSeconds(1))
                        .dbfs())
                .as("after the first seconds: the tag is kept, not replaced by a measurement")
                .isCloseTo(input - 6, within(1.0));
    }

    @Test
    void aSecondPlayOfASongStartsAtTheLoudnessMeasuredTheFirstTime() throws Exception {
        URI song = tone("whisper.ogg", AudioFileFormat.OGG_OPUS, 0.03); // about -33.5 dBFS: raised by about 11 dB
        double input = 20 * Math.log10(0.03 / Math.sqrt(2));
        AudioMark first = voice.mark();
        play(song);
        assertThat(firstAudio(first, 0.3).dbfs())
                .as("the first play's first 300 ms, before a 400 ms block is measured")
                .isCloseTo(input, within(1.5));
        assertThat(voice.awaitAudioAfter(first, Duration.ofSeconds(5), WAIT)
                        .lastAudio(Duration.ofSeconds(1))
                        .dbfs())
                .as("the first play once measured")
                .isCloseTo(TARGET_DBFS, within(1.0));
        reply("stop", Map.of());

        AudioMark second = voice.mark();
        play(song);
        assertThat(firstAudio(second, 1.0).dbfs())
                .as("the second play's first second")
                .isCloseTo(TARGET_DBFS, within(1.0));
        assertThat(dir.resolve("data").resolve("loudness.json")).content().contains("/whisper.ogg");
    }
}
