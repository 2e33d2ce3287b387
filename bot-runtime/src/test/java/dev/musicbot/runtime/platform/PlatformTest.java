package dev.musicbot.runtime.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {
    @ParameterizedTest
    @CsvSource({"amd64,X86_64", "x86_64,X86_64", "aarch64,AARCH64", "arm64,AARCH64", "arm,ARMV7", "armv7l,ARMV7"})
    void mapsArchitectureNames(String arch, Platform expected) {
        assertThat(Platform.fromArch(arch)).contains(expected);
    }

    @Test
    void unknownArchitectureIsEmpty() {
        assertThat(Platform.fromArch("riscv64")).isEmpty();
    }

    @Test
    void parseNamesTheAcceptedValues() {
        assertThat(Platform.parse("ARM64")).isEqualTo(Platform.AARCH64);
        assertThatThrownBy(() -> Platform.parse("sparc")).hasMessageContaining("x86_64, aarch64, armv7");
    }

    @Test
    void smallerMachinesGetLighterProfiles() {
        PlatformProfile x86 = PlatformProfile.of(Platform.X86_64);
        PlatformProfile pi3 = PlatformProfile.of(Platform.ARMV7);
        assertThat(pi3.workers()).isLessThan(x86.workers());
        assertThat(pi3.cacheSize()).isLessThan(x86.cacheSize());
        assertThat(pi3.opusQuality()).isLessThan(x86.opusQuality());
        assertThat(pi3.bufferMs()).isGreaterThan(x86.bufferMs());
    }
}
