package dev.musicbot.plugin.playlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.runtime.boot.Bot;
import dev.musicbot.runtime.discord.BotHarness;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Favourites end to end: the now-playing card's ♥ button fills the presser's own favourites (a playlist in this
 * plugin's store under a reserved name), and {@code /favourites} lists, plays and trims them.
 */
class FavouritesIT {
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
        guild = sim.guild("Favourites Guild")
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

    private SimMessage reply(String member, String command, Map<String, ?> options) {
        return sim.slash(guild, member, command, options).awaitResponse(WAIT);
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

    private SimMessage press(String member, SimMessage card) {
        SimMessage answer =
                sim.click(guild, member, card.id(), "nowplaying:favourite").awaitResponse(WAIT);
        assertThat(answer.ephemeral()).isTrue();
        return answer;
    }

    @Test
    void theCardsButtonFillsEachMembersOwnFavouritesWhichPlayAndShrink() {
        URI a = tone(440);
        URI b = tone(660);
        String title = "**tone-440hz-30000ms-a50.ogg**";
        try (Bot _ = BotHarness.start(sim, dir, Map.of("sources.http.allow", "127.0.0.1"))) {
            sim.awaitCommand("favourites", WAIT);
            assertThat(reply("bob", "favourites", Map.of()).content()).startsWith("You have no favourites yet");
            reply("alice", "play", Map.of("query", a.toString()));
            SimVoice voice = sim.voice(guild).awaitConnected(WAIT);
            SimMessage card = sim.awaitChannelMessage(
                    guild.channel("general"),
                    m -> m.component("nowplaying:favourite").isPresent(),
                    WAIT);

            assertThat(press("bob", card).content())
                    .as("not in the voice channel: still allowed, it is personal")
                    .isEqualTo("Added " + title + " (0:30) to your favourites. Play them with /favourites play.");
            assertThat(press("bob", card).content()).isEqualTo(title + " (0:30) is already in your favourites.");
            assertThat(reply("bob", "favourites", Map.of()).content())
                    .isEqualTo("**Your favourites** (1)\n`1.` " + title);
            assertThat(reply("alice", "favourites", Map.of()).content())
                    .as("bob's favourites are his alone")
                    .startsWith("You have no favourites yet");

            // a member's playlist that looks like the favourites' name is a different playlist
            String lookalike = "♥ Favourites " + guild.member("bob").id();
            assertThat(reply("alice", "create", Map.of("name", lookalike)).content())
                    .startsWith("Created playlist");
            assertThat(reply("bob", "favourites", Map.of()).content()).contains("(1)");

            reply("alice", "play", Map.of("query", b.toString()));
            reply("alice", "skip", Map.of());
            assertThat(pitchAfter(voice, voice.mark())).isCloseTo(660, within(5.0));
            guild.member("bob").joinVoice("Music");
            assertThat(reply("bob", "favourites", Map.of("action", "play")).content())
                    .isEqualTo("Queued 1 tracks from **your favourites**.");
            reply("alice", "skip", Map.of());
            assertThat(pitchAfter(voice, voice.mark())).as("bob's favourite").isCloseTo(440, within(5.0));

            assertThat(reply("bob", "favourites", Map.of("action", "remove")).content())
                    .startsWith("Say which one");
            assertThat(reply("bob", "favourites", Map.of("action", "remove", "position", 2))
                            .content())
                    .isEqualTo("Your favourites have no song 2.");
            assertThat(reply("bob", "favourites", Map.of("action", "remove", "position", 1))
                            .content())
                    .isEqualTo("Removed " + title + " from your favourites.");
            assertThat(reply("bob", "favourites", Map.of()).content()).startsWith("You have no favourites yet");
        }
    }
}
