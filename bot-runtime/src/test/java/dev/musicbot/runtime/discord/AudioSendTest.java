package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.runtime.config.BotConfig;
import net.dv8tion.jda.api.audio.factory.DefaultSendFactory;
import org.junit.jupiter.api.Test;

class AudioSendTest {
    @Test
    void theNativeQueueLoadsOnThisMachineAndAutoPicksIt() {
        assertThat(AudioSend.nativeUnavailable()).isNull();
        AudioSend chosen = AudioSend.choose(BotConfig.SendMode.AUTO);
        assertThat(chosen.nativeQueue()).isTrue();
        assertThat(chosen.factory(400))
                .isInstanceOfSatisfying(NativeSendFactory.class, factory -> assertThat(factory.drops())
                        .as("udpqueue's queue can be emptied on a stop")
                        .isTrue());
        assertThat(AudioSend.choose(BotConfig.SendMode.NATIVE).nativeQueue()).isTrue();
    }

    @Test
    void javaKeepsJdasSender() {
        AudioSend chosen = AudioSend.choose(BotConfig.SendMode.JAVA);
        assertThat(chosen.nativeQueue()).isFalse();
        assertThat(chosen.description()).contains("voice.send: java");
        assertThat(chosen.factory(400)).isInstanceOf(DefaultSendFactory.class);
    }
}
