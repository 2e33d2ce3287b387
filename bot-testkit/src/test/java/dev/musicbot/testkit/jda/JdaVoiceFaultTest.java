package dev.musicbot.testkit.jda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.musicbot.testkit.DiscordSimulator;
import dev.musicbot.testkit.SimGuild;
import dev.musicbot.testkit.SimVoice;
import dev.musicbot.testkit.audio.AudioMark;
import dev.musicbot.testkit.audio.ReceivedAudio;
import dev.musicbot.testkit.voice.VoiceConnection;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Voice and gateway fault injection against a playing JDA bot; audio must survive each fault. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JdaVoiceFaultTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static DiscordSimulator sim;
    private static SimGuild guild;
    private static PlayListener bot;
    private static JDA jda;
    private static SimVoice voice;

    @BeforeAll
    static void start() throws Exception {
        sim = DiscordSimulator.start();
        guild = sim.guild("Faults")
                .textChannel("general")
                .voiceChannel("Music")
                .member("alice")
                .voiceState("alice", "Music")
                .create();
        bot = new PlayListener();
        jda = JdaClients.connect(sim, bot);
        voice = sim.voice(guild);
    }

    @AfterAll
    static void stop() throws Exception {
        JdaClients.shutdown(jda);
        sim.close();
    }

    @BeforeEach
    void playing() {
        bot.sine.resume();
        voice.setPacketLoss(0);
        if (!voice.isConnected()) {
            sim.slash(guild, "alice", "play", Map.of("query", "tone")).awaitContent(c -> c.startsWith("Now"), TIMEOUT);
            voice.awaitConnected(TIMEOUT);
        }
    }

    @Test
    @Order(1)
    void resumableVoiceCloseIsResumed() {
        VoiceConnection session = voice.connection().orElseThrow();
        AudioMark mark = voice.mark();
        voice.close(4000);
        assertContinues(mark);
        assertThat(voice.connection()).containsSame(session);
        assertThat(session.resumes()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void nonResumableVoiceCloseMakesTheBotRejoin() {
        int sessions = voice.sessions();
        AudioMark mark = voice.mark();
        voice.close(4006);
        voice.awaitConnected(TIMEOUT);
        assertContinues(mark);
        assertThat(voice.sessions()).isEqualTo(sessions + 1);
    }

    @Test
    @Order(3)
    void movingToANewEndpointReconnectsThere() {
        String endpoint = voice.connection().orElseThrow().endpoint();
        AudioMark mark = voice.mark();
        voice.moveToNewEndpoint();
        assertContinues(mark);
        assertThat(voice.connection().orElseThrow().endpoint()).isNotEqualTo(endpoint);
    }

    @Test
    @Order(4)
    void gatewayDropsAndInvalidationsAreResumed() {
        int resumes = sim.gateway().resumes();
        AudioMark mark = voice.mark();
        sim.gateway().dropConnection();
        sim.gateway().awaitResumes(resumes + 1, TIMEOUT);
        sim.gateway().invalidateSession(true);
        sim.gateway().awaitResumes(resumes + 2, TIMEOUT);
        assertContinues(mark);
        assertThat(sim.gateway().identifies()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void packetLossShowsAsSequenceGaps() {
        voice.setPacketLoss(0.2);
        AudioMark mark = voice.mark();
        ReceivedAudio lossy = voice.awaitAudioAfter(mark, Duration.ofSeconds(1), TIMEOUT);
        assertThat(lossy.missingPackets()).isPositive();
        assertThat(voice.stats().droppedPackets()).isPositive();
    }

    @Test
    @Order(6)
    void pausingSilencesWithinASecond() {
        AudioMark beforePause = voice.mark();
        bot.sine.pause();
        ReceivedAudio quiet = voice.awaitSilence(Duration.ofMillis(500), Duration.ofMillis(1500));
        assertThat(quiet.isSilent()).isTrue();
        assertThat(voice.received()
                        .since(beforePause)
                        .last(Duration.ofMillis(500))
                        .packetCount())
                .isZero();
    }

    @Test
    @Order(7)
    void kickingTheBotEndsTheSession() {
        voice.kick();
        voice.awaitDisconnected(TIMEOUT);
        guild.awaitBotLeftVoice(TIMEOUT);
        assertThat(voice.isConnected()).isFalse();
    }

    private static void assertContinues(AudioMark mark) {
        voice.awaitConnected(TIMEOUT);
        ReceivedAudio after = voice.awaitAudioAfter(mark, Duration.ofMillis(1500), TIMEOUT);
        assertThat(after.dominantFrequency()).isCloseTo(440, within(5.0));
    }
}
