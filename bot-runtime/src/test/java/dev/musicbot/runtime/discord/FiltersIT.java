package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioAnalysis;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.Partial;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.audio.ReceivedPacket;
import dev.musicbot.testkit.audio.Tone;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /filter} and {@code /eq} end to end: each effect is measured on the audio the simulator receives,
 * decoded from the Opus the bot sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiltersIT {
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
        guild = sim.guild("Filter Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .member("bob")
                .voiceState("alice", "Music")
                .create();
        bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("filter", WAIT);
    }

    @AfterEach
    void stopMusic() {
        if (guild.botVoiceChannel().isPresent()) {
            reply("alice", "filter", Map.of("preset", "off"));
            reply("alice", "stop", Map.of());
        }
        guild.member("bob").leaveVoice();
    }

    @AfterAll
    void stop() {
        bot.close();
        sim.close();
        http.close();
    }

    private URI serve(Path file) {
        return http.serve("/" + file.getFileName(), file);
    }

    private URI tone(double hz, int seconds) {
        return serve(AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, hz, Duration.ofSeconds(seconds)));
    }

    private SimMessage reply(String member, String command, Map<String, ?> options) {
        return sim.slash(guild, member, command, options).awaitResponse(WAIT);
    }

    private void play(URI track) {
        assertThat(reply("alice", "play", Map.of("query", track.toString())).ephemeral())
                .isFalse();
        voice = sim.voice(guild).awaitConnected(WAIT);
    }

    /** A second of what arrives from now on, after what was buffered before the change has played out. */
    private ReceivedAudio afterNow() {
        AudioMark mark = voice.mark();
        return voice.awaitAudioAfter(mark, Duration.ofMillis(2000), WAIT).skipAudio(Duration.ofMillis(1000));
    }

    private static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    @Test
    void nightcoreRaisesThePitchByAQuarterAndOffRestoresPitchAndLevel() {
        play(tone(440, 60));
        ReceivedAudio before = afterNow();
        assertThat(before.dominantFrequency()).isCloseTo(440, within(5.0));

        assertThat(reply("alice", "filter", Map.of("preset", "nightcore")).content())
                .isEqualTo("Filter: **nightcore**.");
        assertThat(afterNow().dominantFrequency()).isCloseTo(550, within(5.0));
        assertThat(reply("alice", "nowplaying", Map.of()).embeds().getFirst().fields())
                .anySatisfy(f -> assertThat(f.name() + ": " + f.value()).isEqualTo("Filter: nightcore"));

        assertThat(reply("alice", "filter", Map.of("preset", "off")).content()).isEqualTo("Filters off.");
        ReceivedAudio after = afterNow();
        assertThat(after.dominantFrequency()).isCloseTo(440, within(5.0));
        assertThat(after.dbfs()).isCloseTo(before.dbfs(), within(0.5));
    }

    @Test
    void nightcoreShortensATrackByAFifth() throws InterruptedException {
        reply("alice", "join", Map.of());
        voice = sim.voice(guild).awaitConnected(WAIT);
        reply("alice", "filter", Map.of("preset", "nightcore"));
        AudioMark start = voice.mark();
        play(tone(440, 5));
        voice.awaitAudioAfter(start, Duration.ofSeconds(3), WAIT);
        Thread.sleep(4000); // 5 s would still be playing; 4 s have ended
        double audible = 0;
        for (ReceivedPacket packet : voice.received().since(start).packets()) {
            if (AudioAnalysis.dbfs(AudioAnalysis.rms(packet.pcm())) > -40) {
                audible += packet.frames() / 48_000.0;
            }
        }
        assertThat(audible).isCloseTo(4.0, within(0.15));
    }

    @Test
    void bassBoostRaisesSixtyHertzAgainstTwoKilohertz() {
        Path mix = AudioFixtures.chord(
                dir,
                AudioFileFormat.OGG_OPUS,
                "bass-and-treble",
                Duration.ofSeconds(60),
                Partial.centre(60, 0.1),
                Partial.centre(2000, 0.1));
        play(serve(mix));
        ReceivedAudio flat = afterNow();
        assertThat(reply("alice", "filter", Map.of("preset", "bassboost", "level", "high"))
                        .content())
                .isEqualTo("Filter: **bass boost (high)**.");
        ReceivedAudio boosted = afterNow();
        double before = db(flat.amplitudeAt(60) / flat.amplitudeAt(2000));
        double after = db(boosted.amplitudeAt(60) / boosted.amplitudeAt(2000));
        assertThat(after - before).as("60 Hz relative to 2 kHz, in dB").isGreaterThan(6);
        assertThat(db(boosted.amplitudeAt(2000) / flat.amplitudeAt(2000))).isCloseTo(0, within(1.0));
    }

    @Test
    void karaokeRemovesACentredToneAndKeepsAHardLeftOne() {
        Path song = AudioFixtures.chord(
                dir,
                AudioFileFormat.OGG_OPUS,
                "voice-and-guitar",
                Duration.ofSeconds(60),
                Partial.centre(660, 0.3),
                new Partial(440, 0.3, 0));
        play(serve(song));
        ReceivedAudio original = afterNow();
        reply("alice", "filter", Map.of("preset", "karaoke"));
        ReceivedAudio karaoke = afterNow();
        double[] before = original.channel(0);
        double[] after = karaoke.channel(0);
        assertThat(AudioAnalysis.amplitudeAt(before, 48_000, 660)).isCloseTo(0.3, within(0.03));
        assertThat(db(AudioAnalysis.amplitudeAt(after, 48_000, 660) / 0.3))
                .as("the centred tone, in dB")
                .isLessThan(-25);
        assertThat(db(AudioAnalysis.amplitudeAt(after, 48_000, 440) / AudioAnalysis.amplitudeAt(before, 48_000, 440)))
                .as("the hard-left tone, in dB")
                .isCloseTo(0, within(1.0));
    }

    @Test
    void equalizerSetsLavaPlayersBandsDirectly() {
        Path mix = AudioFixtures.chord(
                dir,
                AudioFileFormat.OGG_OPUS,
                "low-and-mid",
                Duration.ofSeconds(60),
                Partial.centre(100, 0.1),
                Partial.centre(1000, 0.1));
        play(serve(mix));
        ReceivedAudio flat = afterNow();
        SimMessage set = reply("alice", "eq", Map.of("gains", "0 0 0 0 0 0 0 0 0.25"));
        assertThat(set.content()).isEqualTo("Equalizer: 1 kHz +0.25.");
        ReceivedAudio shaped = afterNow();
        assertThat(db(shaped.amplitudeAt(1000) / flat.amplitudeAt(1000))).isCloseTo(6, within(1.5));
        assertThat(db(shaped.amplitudeAt(100) / flat.amplitudeAt(100))).isCloseTo(0, within(1.0));
        assertThat(reply("alice", "nowplaying", Map.of()).embeds().getFirst().fields())
                .anySatisfy(f -> assertThat(f.name() + ": " + f.value()).isEqualTo("Filter: EQ"));
    }

    @Test
    void badInputAndNonDjsGetPoliteEphemeralAnswers() {
        play(tone(440, 60));
        assertThat(reply("alice", "filter", Map.of("preset", "louder")).ephemeral())
                .isTrue();
        assertThat(reply("alice", "filter", Map.of("preset", "karaoke", "level", "high"))
                        .content())
                .isEqualTo("Only bass boost has levels.");
        SimMessage tooMany = reply("alice", "eq", Map.of("gains", "0 ".repeat(16)));
        assertThat(tooMany.ephemeral()).isTrue();
        assertThat(tooMany.content()).contains("15 bands");
        assertThat(reply("alice", "eq", Map.of("gains", "0.1 loud")).content()).contains("`loud` is not a number");
        assertThat(reply("alice", "eq", Map.of("gains", "2")).content()).contains("from -0.25 to 1.0");
        assertThat(reply("alice", "eq", Map.of()).content()).isEqualTo("Equalizer: flat.");

        guild.member("bob").joinVoice("Music");
        SimMessage notDj = reply("bob", "filter", Map.of("preset", "nightcore"));
        assertThat(notDj.ephemeral()).isTrue();
        assertThat(notDj.content()).startsWith("Only a DJ can do that");
    }

    @Test
    void theFilterIsKeptAcrossARestart() {
        // WAV: LavaPlayer 2.2.6 cannot start an Ogg/Opus track at a position (the resume after a restart)
        play(serve(AudioFixtures.sine(dir, AudioFileFormat.WAV, 440, Duration.ofSeconds(60))));
        reply("alice", "filter", Map.of("preset", "nightcore"));
        assertThat(afterNow().dominantFrequency()).isCloseTo(550, within(5.0));

        bot.close();
        bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        guild.awaitBotVoiceChannel(WAIT);
        voice = sim.voice(guild).awaitConnected(WAIT);
        assertThat(afterNow().dominantFrequency()).as("the resumed track").isCloseTo(550, within(5.0));
        assertThat(reply("alice", "nowplaying", Map.of()).embeds().getFirst().fields())
                .anySatisfy(f -> assertThat(f.name() + ": " + f.value()).isEqualTo("Filter: nightcore"));
    }

    @Test
    void normalisationBringsTracksFourteenDecibelsApartToTheSameLoudness() {
        URI loud = serve(AudioFixtures.write(
                dir,
                Tone.of(AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)).withAmplitude(0.5)));
        URI quiet = serve(AudioFixtures.write(
                dir,
                Tone.of(AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)).withAmplitude(0.1)));
        reply("alice", "join", Map.of());
        voice = sim.voice(guild).awaitConnected(WAIT);
        assertThat(reply("alice", "normalize", Map.of("mode", "on")).content()).startsWith("Loudness normalisation on");
        try {
            AudioMark start = voice.mark();
            play(loud);
            play(quiet);
            double first = voice.awaitAudioAfter(start, Duration.ofSeconds(6), WAIT)
                    .lastAudio(Duration.ofSeconds(2))
                    .dbfs();
            reply("alice", "skip", Map.of());
            AudioMark skipped = voice.mark();
            double second = voice.awaitAudioAfter(skipped, Duration.ofSeconds(6), WAIT)
                    .lastAudio(Duration.ofSeconds(2))
                    .dbfs();
            // the files are 14 dB apart; a stereo 440 Hz sine at -14 LUFS has an RMS level of about -16.4 dBFS
            // (-14 - 10 log10(2) + 0.691 - 0.1 for the K-weighting at 440 Hz)
            assertThat(first - second)
                    .as("the loud track against the quiet one, in dB")
                    .isCloseTo(0, within(1.0));
            assertThat(first).isCloseTo(-16.4, within(1.0));
            assertThat(second).isCloseTo(-16.4, within(1.0));
            assertThat(reply("alice", "nowplaying", Map.of())
                            .embeds()
                            .getFirst()
                            .fields())
                    .anySatisfy(f -> assertThat(f.name() + ": " + f.value()).isEqualTo("Loudness: normalised"));
        } finally {
            reply("alice", "normalize", Map.of("mode", "off"));
        }
    }
}
