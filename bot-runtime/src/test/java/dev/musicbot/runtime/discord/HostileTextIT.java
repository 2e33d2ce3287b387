package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioFileFormat;
import dev.musicbot.testkit.audio.AudioFixtures;
import dev.musicbot.testkit.audio.AudioHttpServer;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.rest.RestCall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text the bot echoes but did not write, end to end: track titles that look like mentions or masked links, and
 * titles too long for a Discord message. What the simulator receives is checked: the rendered text, and the
 * {@code allowed_mentions} of every message.
 */
class HostileTextIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private AudioHttpServer http;
    private DiscordSimulator sim;
    private SimGuild guild;

    @BeforeEach
    void start() {
        http = AudioHttpServer.start();
        sim = DiscordSimulator.start();
        guild = sim.guild("Hostile Guild")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
    }

    @AfterEach
    void stop() {
        sim.close();
        http.close();
    }

    private Bot startBot() {
        Bot bot = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"));
        sim.awaitCommand("play", WAIT);
        return bot;
    }

    private URI tone(String path, double hz, int seconds) {
        Path file = AudioFixtures.sine(dir, AudioFileFormat.OGG_OPUS, hz, Duration.ofSeconds(seconds));
        return http.serve(path, file);
    }

    private SimMessage play(URI track) {
        return sim.slash(guild, "alice", "play", Map.of("query", track.toString()))
                .awaitResponse(WAIT);
    }

    /** The message bodies the bot sent (interaction replies, follow-ups, edits, channel messages). */
    private List<JsonNode> sentMessages() {
        return sim.restCalls().stream()
                .map(RestCall::body)
                .map(body -> body.has("data") ? body.path("data") : body)
                .filter(body -> body.has("content") || body.has("embeds"))
                .toList();
    }

    private static double pitchAfter(SimVoice voice, AudioMark mark) {
        return voice.awaitAudioAfter(mark, Duration.ofMillis(1800), WAIT)
                .skipAudio(Duration.ofMillis(800))
                .dominantFrequency();
    }

    @Test
    void mentionsAndMaskedLinksInATitleAreEscapedAndNoMessageMayPingAnyone() {
        URI track = tone("/<@&123> @everyone [free](https:evil).ogg", 440, 30);

        try (Bot _ = startBot()) {
            SimMessage reply = play(track);

            assertThat(reply.content())
                    .isEqualTo("Now playing: **\\<\\@&123\\> \\@everyone \\[free\\](https:evil).ogg** (0:30)");
            sim.awaitChannelMessage(guild.channel("general"), m -> !m.embeds().isEmpty(), WAIT);
            assertThat(sentMessages()).isNotEmpty().allSatisfy(body -> {
                assertThat(body.path("allowed_mentions").path("parse").isArray())
                        .as("allowed_mentions.parse of %s", body)
                        .isTrue();
                assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
            });
        }
    }

    @Test
    void aTitleTooLongForAMessageIsCutAndItsFailureIsAnnouncedAndSkipped() {
        String longName = "x".repeat(2100) + ".ogg";
        try (Bot _ = startBot()) {
            assertThat(play(tone("/first.ogg", 440, 60)).content()).startsWith("Now playing");
            URI broken = tone("/" + longName, 550, 30);
            SimMessage queued = play(broken);
            assertThat(queued.ephemeral())
                    .as("an ordinary reply, not the apology")
                    .isFalse();
            assertThat(queued.content())
                    .startsWith("Queued at position 1: **xxx")
                    .endsWith("…")
                    .hasSize(2000);
            assertThat(play(tone("/third.ogg", 660, 60)).content()).startsWith("Queued at position 2");
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);

            http.status(broken.getPath(), 404); // the link dies while it waits in the queue
            AudioMark mark = voice.mark();
            sim.slash(guild, "alice", "skip", Map.of()).awaitResponse(WAIT);

            SimMessage notice = sim.awaitChannelMessage(
                    guild.channel("general"), m -> m.content().startsWith("Couldn't play"), WAIT);
            assertThat(notice.content()).hasSizeLessThanOrEqualTo(2000).contains("xxxxx");
            assertThat(pitchAfter(voice, mark)).as("the queue moved on").isCloseTo(660, within(5.0));
        }
    }
}
