package dev.musicbot.testkit.jda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimInteraction;
import dev.musicbot.testkit.SimMessage;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.rest.RestCall;
import dev.musicbot.testkit.voice.EncryptionMode;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A real JDA 6.5.0 bot against the simulator: login, commands, deferred reply, voice, audio, reconnects. */
class JdaVoiceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @ParameterizedTest
    @EnumSource(EncryptionMode.class)
    void playsAudioThatTheSimulatorDecryptsAndMeasures(EncryptionMode mode) throws Exception {
        try (DiscordSimulator sim =
                DiscordSimulator.builder().encryptionModes(mode).start()) {
            SimGuild guild = sim.guild("Test Guild")
                    .textChannel("general")
                    .voiceChannel("Music")
                    .member("alice")
                    .voiceState("alice", "Music")
                    .create();
            PlayListener bot = new PlayListener();
            JDA jda = JdaClients.connect(sim, bot);
            try {
                registersCommands(sim, jda);
                SimVoice voice = playAndMeasure(sim, guild, mode);
                audioContinuesAfterGatewayReconnect(sim, voice);
                leavingEndsTheVoiceSession(jda, guild, voice);
            } finally {
                JdaClients.shutdown(jda);
            }
        }
    }

    private static void registersCommands(DiscordSimulator sim, JDA jda) {
        jda.updateCommands()
                .addCommands(Commands.slash("play", "Play a song").addOption(OptionType.STRING, "query", "what", true))
                .complete();
        RestCall put =
                sim.awaitRestCall(c -> c.method().equals("PUT") && c.path().endsWith("/commands"), TIMEOUT);
        assertThat(put.path()).isEqualTo("/applications/" + sim.applicationId() + "/commands");
        assertThat(put.body().get(0).path("name").asText()).isEqualTo("play");
        assertThat(put.body().get(0).path("options").get(0).path("type").asInt())
                .isEqualTo(3);
        assertThat(sim.commands()).extracting(c -> c.path("name").asText()).containsExactly("play");
        assertThat(sim.restCalls().getFirst().route()).isEqualTo("GET /users/@me");
    }

    private static SimVoice playAndMeasure(DiscordSimulator sim, SimGuild guild, EncryptionMode mode) {
        SimInteraction play = sim.slash(guild, "alice", "play", Map.of("query", "never gonna give"));
        SimMessage reply = play.awaitContent(c -> c.startsWith("Now playing"), TIMEOUT);
        assertThat(reply.content()).isEqualTo("Now playing: never gonna give");
        assertThat(play.wasDeferred()).isTrue();
        assertThat(play.callbackType()).isEqualTo(5);
        assertThat(reply.ephemeral()).isFalse();

        SimVoice voice = sim.voice(guild).awaitConnected(TIMEOUT);
        assertThat(voice.encryptionMode()).contains(mode);
        assertThat(guild.botVoiceChannel()).contains(guild.channel("Music"));

        // Steady state: the last 3 s of the first 5, after JDA's send path has warmed up.
        ReceivedAudio audio = voice.awaitAudio(Duration.ofSeconds(5), TIMEOUT).lastAudio(Duration.ofSeconds(3));
        assertThat(audio.dominantFrequency()).isCloseTo(440, within(5.0));
        assertThat(audio.dbfs()).isBetween(-12.0, -3.0);
        assertThat(audio.packetsPerSecond()).isBetween(45.0, 55.0);
        assertThat(audio.interArrivalMillis().p99()).isLessThanOrEqualTo(30);
        assertThat(audio.missingPackets()).isZero();
        assertThat(voice.stats().decryptFailures()).isZero();
        assertThat(voice.speaking()).contains(1);
        return voice;
    }

    private static void audioContinuesAfterGatewayReconnect(DiscordSimulator sim, SimVoice voice) {
        int resumes = sim.gateway().resumes();
        AudioMark mark = voice.mark();
        sim.gateway().requestReconnect();
        sim.gateway().awaitResumes(resumes + 1, TIMEOUT).awaitReady(TIMEOUT);
        ReceivedAudio after = voice.awaitAudioAfter(mark, Duration.ofSeconds(1), TIMEOUT);
        assertThat(after.dominantFrequency()).isCloseTo(440, within(5.0));
        assertThat(voice.sessions()).isEqualTo(1);
    }

    private static void leavingEndsTheVoiceSession(JDA jda, SimGuild guild, SimVoice voice) {
        jda.getGuildById(guild.id()).getAudioManager().closeAudioConnection();
        voice.awaitDisconnected(TIMEOUT);
        guild.awaitBotLeftVoice(TIMEOUT);
        assertThat(voice.awaitSilence(Duration.ofMillis(300), TIMEOUT).packetCount())
                .isZero();
    }
}
