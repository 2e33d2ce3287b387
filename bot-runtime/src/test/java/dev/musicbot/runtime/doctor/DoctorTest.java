package dev.musicbot.runtime.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
