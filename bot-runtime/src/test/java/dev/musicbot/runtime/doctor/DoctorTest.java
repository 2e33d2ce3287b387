package dev.musicbot.runtime.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.musicbot.runtime.config.BotConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings doctor adds for ARM boards: the Zero VM and a glibc older than the bundled runtime needs. */
class DoctorTest {
    @TempDir
    Path dir;

    @Test
    void zeroVmIsAProblemThatSaysToPreferOpusAtVolume100() {
        Doctor.Finding finding = Doctor.jvm("OpenJDK Zero VM", "interpreted mode");

        assertThat(finding.problem()).isTrue();
        assertThat(finding.value())
                .startsWith("OpenJDK Zero VM (interpreted mode): Zero is an interpreter")
                .contains("Opus sources", "volume at 100", "without re-encoding");
    }

    @Test
    void aJitCompilingVmIsNoProblem() {
        Doctor.Finding finding = Doctor.jvm("OpenJDK 64-Bit Server VM", "mixed mode, sharing");

        assertThat(finding.problem()).isFalse();
        assertThat(finding.value()).isEqualTo("OpenJDK 64-Bit Server VM (mixed mode, sharing)");
    }

    @Test
    void anAotCacheIsInUseWhenTheJvmSharesAndNotUsedWhenItRanWithout() {
        List<String> launched = List.of("-Xmx512m", "-XX:AOTMode=auto", "-XX:AOTCache=/opt/musicbot/runtime/lib/a.aot");

        assertThat(Doctor.aotCache(launched, "mixed mode, sharing").value())
                .isEqualTo("in use: /opt/musicbot/runtime/lib/a.aot");
        assertThat(Doctor.aotCache(launched, "mixed mode").value())
                .startsWith("not used: /opt/musicbot/runtime/lib/a.aot does not match");
        assertThat(Doctor.aotCache(launched, "mixed mode").problem()).isFalse();
    }

    @Test
    void theLastAotOptionsWinAsInTheJvm() {
        List<String> launched =
                List.of("-XX:AOTMode=auto", "-XX:AOTCache=/a.aot", "-XX:AOTMode=off", "-XX:AOTCache=/mine.aot");

        assertThat(Doctor.aotCache(launched, "mixed mode").value()).isEqualTo("off (-XX:AOTMode=off)");
        assertThat(Doctor.aotCache(launched.subList(0, 2), "mixed mode, sharing")
                        .value())
                .isEqualTo("in use: /a.aot");
        assertThat(Doctor.aotCache(List.of("-XX:AOTCache=/a.aot", "-XX:AOTCache=/mine.aot"), "sharing")
                        .value())
                .isEqualTo("in use: /mine.aot");
    }

    @Test
    void withoutAnAotCacheDoctorSaysWhetherTheJdksOwnArchiveIsMapped() {
        assertThat(Doctor.aotCache(List.of("-Xmx512m"), "mixed mode, sharing").value())
                .isEqualTo("none (the JDK's own CDS archive is in use)");
        assertThat(Doctor.aotCache(List.of(), "mixed mode").value()).isEqualTo("none (and no CDS archive in use)");
    }

    @Test
    void glibcOlderThanTheRuntimeNeedsIsAProblemThatSaysWhatToUse() {
        Doctor.Finding finding = Doctor.glibc(Optional.of("2.36"), Optional.of("2.38"));

        assertThat(finding.problem()).isTrue();
        assertThat(finding.value())
                .startsWith("glibc 2.36 is older than the glibc 2.38 the bundled runtime")
                .contains("container image", "trixie");
    }

    @Test
    void glibcAsNewAsTheRuntimeNeedsIsNoProblem() {
        assertThat(Doctor.glibc(Optional.of("2.41"), Optional.of("2.38")))
                .isEqualTo(new Doctor.Finding("glibc", "glibc 2.41 (the bundled runtime needs 2.38+)", false));
        assertThat(Doctor.glibc(Optional.of("2.36"), Optional.empty()))
                .isEqualTo(new Doctor.Finding("glibc", "glibc 2.36", false));
        assertThat(Doctor.glibc(Optional.empty(), Optional.of("2.38")).problem())
                .isFalse();
    }

    @Test
    void readsWhatTheRuntimeNeedsFromItsReleaseFile() throws Exception {
        Path release = dir.resolve("release");
        Files.writeString(release, "JAVA_VERSION=\"25.0.5.1\"\nOS_ARCH=aarch64\nGLIBC_MINIMUM=\"2.38\"\n");
        Path withoutIt = dir.resolve("release-x86");
        Files.writeString(withoutIt, "JAVA_VERSION=\"25.0.3\"\nOS_ARCH=x86_64\n");

        assertThat(Doctor.glibcNeeded(release)).contains("2.38");
        assertThat(Doctor.glibcNeeded(withoutIt)).isEmpty();
        assertThat(Doctor.glibcNeeded(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void eachVoiceConnectionOfTheRunningBotIsOneEntryAndOneWithoutDaveIsAProblem() throws Exception {
        JsonNode dave = new ObjectMapper().readTree("""
                        {"status":"UP","detail":"...","data":{"mode":"required","connections":[
                          {"guild":"11","channel":"12","protocol-version":1,"epoch":3,"transitions":3,
                           "encrypt-failures":0,"decrypt-failures":0,"rejected-commits":1},
                          {"guild":"21","channel":"22","protocol-version":-1,"epoch":-1,"transitions":0,
                           "encrypt-failures":0,"decrypt-failures":0,"rejected-commits":0}]}}
                        """);

        Doctor.Finding finding = Doctor.voice(dave);

        assertThat(finding.label()).isEqualTo("voice");
        assertThat(finding.problem()).isFalse();
        assertThat(finding.value())
                .isEqualTo("guild 11: DAVE protocol version 1, epoch 3, 3 transition(s), 0 encrypt failure(s), 0"
                        + " decrypt failure(s), 1 rejected commit(s); guild 21: DAVE not negotiated yet, epoch unknown,"
                        + " 0 transition(s), 0 encrypt failure(s), 0 decrypt failure(s), 0 rejected commit(s)");

        JsonNode plain = new ObjectMapper()
                .readTree("{\"data\":{\"connections\":[{\"guild\":\"11\",\"protocol-version\":0,\"epoch\":-1}]}}");
        assertThat(Doctor.voice(plain).problem())
                .as("version 0: not end-to-end encrypted")
                .isTrue();
        assertThat(Doctor.voice(new ObjectMapper().readTree("{\"data\":{\"connections\":[]}}"))
                        .value())
                .isEqualTo("the running bot has no voice connection");
    }

    @Test
    void noRunningBotIsNoProblem() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Doctor.Finding finding = Doctor.runningBot(new BotConfig.Health(true, "127.0.0.1", port, 90, 30));

        assertThat(finding.problem()).isFalse();
        assertThat(finding.value())
                .isEqualTo("no running bot answered at http://127.0.0.1:" + port
                        + "/health (start it to see DAVE per voice connection)");
        assertThat(Doctor.runningBot(new BotConfig.Health(false, "127.0.0.1", port, 90, 30))
                        .value())
                .startsWith("unknown: the health endpoint is off");
    }
}
