package dev.musicbot.runtime.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DaveSupportTest {

    @Test
    void comparesGlibcVersionsNumerically() {
        assertThat(GlibcVersion.isOlderThan("2.36", "2.38")).isTrue();
        assertThat(GlibcVersion.isOlderThan("2.38", "2.38")).isFalse();
        assertThat(GlibcVersion.isOlderThan("2.40", "2.38")).isFalse();
        assertThat(GlibcVersion.isOlderThan("2.9", "2.38")).isTrue();
    }

    @Test
    void explainsAMissingGlibcSymbol() {
        var failure = new UnsatisfiedLinkError(
                "/tmp/libdave.so: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found");
        assertThat(DaveSupport.explain(new ExceptionInInitializerError(failure)))
                .startsWith("libdave needs glibc 2.38 or newer");
    }

    @Test
    void explainsThatNo32BitArmNativesExistInsteadOfTheLoadersMessage() {
        var failure = new ExceptionInInitializerError(new UnsupportedOperationException("Unsupported arch: arm"));

        assertThat(DaveSupport.explain(failure, "arm"))
                .startsWith("no DAVE natives for 32-bit ARM (arm) exist")
                .contains("aarch64")
                .doesNotContain("Unsupported arch");
    }

    @Test
    void probeOnThisMachineAgreesWithItsGlibc() {
        DaveSupport dave = DaveSupport.probe();
        var glibc = GlibcVersion.current();
        if (glibc.isPresent() && GlibcVersion.isOlderThan(glibc.get(), DaveSupport.REQUIRED_GLIBC)) {
            assertThat(dave.available()).isFalse();
            assertThat(dave.reason()).contains("glibc " + DaveSupport.REQUIRED_GLIBC);
            assertThat(dave.describe()).startsWith("UNAVAILABLE").contains("Discord refuses voice");
        } else {
            assertThat(dave.describe()).isNotBlank();
        }
    }
}
