package dev.musicbot.testkit.jda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.voice.dave.DaveMode;
import dev.musicbot.testkit.voice.dave.DaveStats;
import dev.musicbot.testkit.voice.dave.DaveTests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real JDA 6.5 bot with JDAVE against the simulator speaking DAVE: the bot's 440 Hz is heard through the DAVE
 * layer by simulated listeners that are real libdave participants, while a listener joins and another leaves.
 */
@Tag("dave")
class JdaDaveVoiceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void theBotIsHeardThroughDaveWhileListenersComeAndGo() throws Exception {
        DaveTests.requireLibDave();
        try (DiscordSimulator sim = DiscordSimulator.builder().dave(true).start()) {
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .create();
            long alice = Long.parseLong(guild.member("alice").id());
            long bob = Long.parseLong(guild.member("bob").id());
            long botId = Long.parseLong(sim.botUserId());
            JDA jda = JdaClients.connectWithDave(sim, true, new PlayListener());
            try {
                sim.slash(guild, "alice", "play", Map.of("query", "a sine"))
                        .awaitContent(c -> c.startsWith("Now playing"), TIMEOUT);
                SimVoice voice = sim.voice(guild).awaitConnected(TIMEOUT);
                assertThat(voice.connection().orElseThrow().maxDaveProtocolVersion())
                        .isEqualTo(1);

                DaveStats first = voice.awaitDave(s -> s.encryptedFrames() >= 100, "100 DAVE frames", TIMEOUT);
                assertThat(first.protocolVersion()).isEqualTo(1);
                assertThat(first.members()).containsExactly(botId, alice);
                assertThat(first.epoch()).isEqualTo(1);
                assertThat(first.transitionsExecuted()).isEqualTo(1);
                assertHeard(voice, List.of(alice));

                AudioMark beforeJoin = voice.mark();
                guild.member("bob").joinVoice("Music");
                DaveStats joined = voice.awaitDave(
                        s -> s.transitionsExecuted() == 2 && s.heard().getOrDefault(bob, 0L) >= 100,
                        "bob to join the group and hear 100 frames",
                        TIMEOUT);
                assertThat(joined.members()).containsExactly(botId, alice, bob);
                assertThat(joined.epoch()).isEqualTo(2);
                assertHeard(voice, List.of(alice, bob));
                assertThat(voice.received().since(beforeJoin).dominantFrequency())
                        .isCloseTo(440, within(5.0));

                guild.member("alice").leaveVoice();
                long bobBefore = voice.awaitDave(s -> s.transitionsExecuted() == 3, "alice's removal", TIMEOUT)
                        .heard()
                        .get(bob);
                DaveStats left = voice.awaitDave(
                        s -> s.heard().get(bob) >= bobBefore + 100, "bob to hear 100 more frames", TIMEOUT);
                assertThat(left.members()).containsExactly(botId, bob);
                assertThat(left.epoch()).isEqualTo(3);
                assertHeard(voice, List.of(bob));
            } finally {
                JdaClients.shutdown(jda);
            }
        }
    }

    @Test
    void theBotJoinsAGroupTheListenersMadeByWelcome() throws Exception {
        DaveTests.requireLibDave();
        try (DiscordSimulator sim =
                DiscordSimulator.builder().dave(DaveMode.LISTENER_CREATES_GROUP).start()) {
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .voiceState("bob", "Music")
                    .create();
            long alice = Long.parseLong(guild.member("alice").id());
            long bob = Long.parseLong(guild.member("bob").id());
            long botId = Long.parseLong(sim.botUserId());
            JDA jda = JdaClients.connectWithDave(sim, true, new PlayListener());
            try {
                sim.slash(guild, "alice", "play", Map.of("query", "a sine"))
                        .awaitContent(c -> c.startsWith("Now playing"), TIMEOUT);
                SimVoice voice = sim.voice(guild).awaitConnected(TIMEOUT);
                DaveStats stats = voice.awaitDave(s -> s.encryptedFrames() >= 100, "100 DAVE frames", TIMEOUT);
                // alice committed bob (epoch 1, without the bot), then the bot (epoch 2), welcomed by op 30.
                assertThat(stats.members()).containsExactly(alice, bob, botId);
                assertThat(stats.epoch()).isEqualTo(2);
                assertThat(stats.commits()).isEqualTo(2);
                assertThat(stats.rejectedCommits())
                        .as("bob's commit of the bot, after alice's won")
                        .isEqualTo(1);
                assertHeard(voice, List.of(alice, bob));
            } finally {
                JdaClients.shutdown(jda);
            }
        }
    }

    @Test
    void theBotRecoversFromAWelcomeItCannotProcess() throws Exception {
        DaveTests.requireLibDave();
        try (DiscordSimulator sim =
                DiscordSimulator.builder().dave(DaveMode.LISTENER_CREATES_GROUP).start()) {
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .member("bob")
                    .voiceState("alice", "Music")
                    .voiceState("bob", "Music")
                    .create();
            long alice = Long.parseLong(guild.member("alice").id());
            long bob = Long.parseLong(guild.member("bob").id());
            long botId = Long.parseLong(sim.botUserId());
            sim.voice(guild).damageNextDaveCommit();
            JDA jda = JdaClients.connectWithDave(sim, true, new PlayListener());
            try {
                sim.slash(guild, "alice", "play", Map.of("query", "a sine"))
                        .awaitContent(c -> c.startsWith("Now playing"), TIMEOUT);
                SimVoice voice = sim.voice(guild).awaitConnected(TIMEOUT);
                // alice committed bob (epoch 1), then the bot (2) whose Welcome was damaged: op 31, the bot's
                // stale leaf removed (3), the bot added again with its new key package (4).
                DaveStats stats = voice.awaitDave(
                        s -> s.invalidCommitWelcomes() == 1 && s.epoch() == 4 && s.encryptedFrames() >= 100,
                        "the bot's op 31, its Remove and Add, then 100 DAVE frames",
                        TIMEOUT);
                assertThat(stats.members()).containsExactlyInAnyOrder(alice, bob, botId);
                assertThat(voice.sessions()).as("no voice reconnect").isEqualTo(1);
                assertThat(stats.plainFramesAfterTransition()).isZero();
                assertThat(stats.undecryptable()).isZero();
                assertThat(stats.heard()).containsKeys(alice, bob);
                ReceivedAudio audio = voice.awaitAudioAfter(voice.mark(), Duration.ofSeconds(2), TIMEOUT);
                assertThat(voice.stats().decodeFailures()).isZero();
                assertThat(audio.dominantFrequency()).isCloseTo(440, within(5.0));
            } finally {
                JdaClients.shutdown(jda);
            }
        }
    }

    /** The wire checks for the whole session so far, and 440 Hz in the last 2 s of decrypted audio. */
    private static void assertHeard(SimVoice voice, List<Long> listeners) {
        AudioMark mark = voice.mark();
        ReceivedAudio audio = voice.awaitAudioAfter(mark, Duration.ofSeconds(2), TIMEOUT);
        DaveStats stats = voice.dave().orElseThrow();
        assertThat(stats.plainFramesAfterTransition())
                .as("plain frames after DAVE began")
                .isZero();
        assertThat(stats.undecryptable())
                .as("DAVE frames no listener decrypted")
                .isZero();
        assertThat(stats.invalidCommitWelcomes()).isZero();
        assertThat(stats.heard()).containsKeys(listeners.toArray(Long[]::new));
        assertThat(voice.stats().decodeFailures()).isZero();
        assertThat(audio.dominantFrequency()).isCloseTo(440, within(5.0));
        assertThat(audio.dbfs()).isBetween(-12.0, -3.0);
    }
}
