package dev.musicbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.musicbot.testkit.voice.EncryptionMode;
import dev.musicbot.testkit.voice.TrustStoreFile;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSimulatorTest {
    @Test
    void startsQuicklyOnLoopbackWithOptions() {
        long started = System.nanoTime();
        List<DiscordSimulator> sims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sims.add(DiscordSimulator.builder()
                    .token("t" + i)
                    .botUserId("200000000000000001")
                    .botName("bot" + i)
                    .encryptionModes(EncryptionMode.XCHACHA20_POLY1305)
                    .start());
        }
        sims.forEach(DiscordSimulator::close);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(5.0);
        DiscordSimulator first = sims.getFirst();
        assertThat(first.restBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10/");
        assertThat(first.gatewayUrl()).matches("ws://127\\.0\\.0\\.1:\\d+/");
        assertThat(first.token()).isEqualTo("t0");
        assertThat(first.applicationId()).isEqualTo("200000000000000001");
        assertThat(sims).extracting(DiscordSimulator::gatewayUrl).doesNotHaveDuplicates();
    }

    @Test
    void writesTheTrustStoreOnDemandAndDeletesItOnClose() {
        TrustStoreFile store;
        try (DiscordSimulator sim = DiscordSimulator.start()) {
            store = sim.voiceTrustStore();
            assertThat(store.path()).exists();
            assertThat(sim.voiceTrustStore()).isSameAs(store);
            assertThat(sim.clientSslContext().getProtocol()).isEqualTo("TLS");
        }
        assertThat(Files.exists(store.path())).isFalse();
    }
}
