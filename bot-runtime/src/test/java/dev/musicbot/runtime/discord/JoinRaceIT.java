package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code /play} from another voice channel while the first connection is still opening does not move the bot. */
class JoinRaceIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aSecondPlayFromAnotherChannelWhileConnectingIsRefused() {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(30)));
            SimGuild guild = sim.guild("Busy Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .voiceChannel("Lounge")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .voiceState("bob", "Lounge")
                    .create();
            try (Bot _ = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
                sim.awaitCommand("play", WAIT);
                sim.holdVoiceJoins();
                assertThat(play(sim, guild, "alice", tone)).startsWith("Now playing");
                assertThat(play(sim, guild, "bob", tone))
                        .isEqualTo(
                                "I'm on my way to <#" + guild.channel("Music").id() + ">; join me there.");
                sim.releaseVoiceJoins();

                assertThat(guild.awaitBotVoiceChannel(WAIT).name()).isEqualTo("Music");
                sim.voice(guild).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(1), WAIT);
                assertThat(sim.gateway().received(4))
                        .as("every join the bot asked for")
                        .allSatisfy(join -> assertThat(
                                        join.data().path("channel_id").asText())
                                .isEqualTo(guild.channel("Music").id()));
            }
        }
    }

    /** The answer: the response itself, or the follow-up that comes after a "Looking up" progress message. */
    private static String play(DiscordSimulator sim, SimGuild guild, String member, URI query) {
        SimInteraction play = sim.slash(guild, member, "play", Map.of("query", query.toString()));
        String first = play.awaitResponse(WAIT).content();
        if (!first.startsWith("Looking up")) {
            return first;
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String now = play.awaitResponse(WAIT).content();
            if (!now.startsWith("Looking up")) {
                return now; // edited in (a public reply)
            }
            if (!play.followUps().isEmpty()) {
                return play.followUps().getFirst().content(); // an ephemeral reply after the progress message
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no answer to /play from " + member);
    }
}
