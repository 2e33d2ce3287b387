package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.ReceivedAudio;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A track that starts while the voice connection is still opening plays once it opens, even after more than a
 * minute: LavaPlayer would stop a track nobody asked for frames for a minute, and the bot then sent JDA's empty
 * datagrams instead of audio (what the armhf bot under emulation, on a loaded machine, did).
 */
class SlowVoiceConnectionIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Past LavaPlayer's default cleanup threshold (60 s) and its check interval (10 s). */
    private static final Duration HELD = Duration.ofSeconds(75);

    @TempDir
    Path dir;

    @Test
    void aTrackStartedLongBeforeTheVoiceConnectionOpenedPlaysOnceItOpens() throws InterruptedException {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = sim.guild("Slow Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            try (Bot _ = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                sim.awaitCommand("play", WAIT);
                sim.holdVoiceJoins();
                assertThat(sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                                .awaitResponse(WAIT)
                                .content())
                        .startsWith("Now playing");
                Thread.sleep(HELD);
                sim.releaseVoiceJoins();

                SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
                ReceivedAudio audio;
                try {
                    audio = voice.awaitAudio(Duration.ofSeconds(2), WAIT);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(
                            "no audio; " + voice.stats() + "; datagrams that were not audio: " + voice.straySamples(),
                            e);
                }
                assertThat(audio.lastAudio(Duration.ofSeconds(1)).dominantFrequency())
                        .as("what arrived (datagrams that were not audio: %s)", voice.straySamples())
                        .isCloseTo(440, within(5.0));
            }
        }
    }
}
