package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot is removed from one guild while it plays in two: the other guild's player keeps its periodic work (the
 * alone timeout still takes it out of voice), and the removed guild's player is dropped.
 */
class GuildLeaveIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void removingTheBotFromOneGuildLeavesTheOtherGuildsTimersRunning() {
        try (AudioHttpServer http = AudioHttpServer.start();
                DiscordSimulator sim = DiscordSimulator.start()) {
            URI tone = http.serve(
                    "/tone.ogg", AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, 440, Duration.ofSeconds(60)));
            SimGuild kept = guild(sim, "Kept Guild");
            SimGuild removed = guild(sim, "Removed Guild");
            try (Bot bot = BotHarness.start(
                    sim, dir, Map.of("sources.http.allow", "127.0.0.1", "playback.alone-timeout", "3"))) {
                sim.awaitCommand("play", WAIT);
                for (SimGuild guild : new SimGuild[] {kept, removed}) {
                    sim.slash(guild, "alice", "play", Map.of("query", tone.toString()))
                            .awaitContent(text -> text.startsWith("Now playing"), WAIT);
                    sim.voice(guild).awaitConnected(WAIT).awaitAudio(Duration.ofSeconds(1), WAIT);
                }

                removed.removeBot();
                kept.member("alice").leaveVoice();

                kept.awaitBotLeftVoice(WAIT);
                assertThat(sim.awaitChannelMessage(
                                        kept.channel("general"),
                                        m -> m.content().contains("everyone left the channel"),
                                        WAIT)
                                .content())
                        .startsWith("I left the voice channel");
                assertThat(bot.operations().report().checks().get("voice").detail())
                        .as("the removed guild's player is no longer expected in voice")
                        .isEqualTo("0 connection(s) as expected");
            }
        }
    }

    private static SimGuild guild(DiscordSimulator sim, String name) {
        return sim.guild(name)
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }
}
